// "Did you mean…": the candidates as buttons; a pick shows that answer (#4).
import type { CompiledEntry } from '../corpus/schema'
import type { Strings } from './strings'

export function ClarifyChoices({ candidates, strings, onChoose }: { candidates: CompiledEntry[]; strings: Strings; onChoose: (entryId: string) => void }) {
  return (
    <div class="msg card">
      <p>{strings.didYouMean}</p>
      <ul class="choices">
        {candidates.map((c) => (
          <li key={c.id}>
            <button type="button" class="chip" dir="auto" onClick={() => onChoose(c.id)}>
              {c.question}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
