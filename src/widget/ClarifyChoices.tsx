// "Did you mean…": the candidates as buttons; a pick shows that answer (#4).
import type { CompiledEntry } from '../corpus/schema'
import { QuestionChoices } from './QuestionChoices'
import type { Strings } from './strings'

export function ClarifyChoices({ candidates, strings, onChoose }: { candidates: CompiledEntry[]; strings: Strings; onChoose: (entryId: string) => void }) {
  return (
    <div class="msg card">
      <p>{strings.didYouMean}</p>
      <QuestionChoices questions={candidates} onChoose={onChoose} />
    </div>
  )
}
