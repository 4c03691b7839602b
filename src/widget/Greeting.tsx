// The conversation's opening: the greeting and suggested starter questions (#4).
import { QuestionChoices } from './QuestionChoices'
import type { Strings } from './strings'

export interface GreetingProps {
  text: string
  starters: { id: string; question: string }[]
  strings: Strings
  onChoose: (entryId: string) => void
}

export function Greeting({ text, starters, strings, onChoose }: GreetingProps) {
  return (
    <div class="msg greeting">
      <p class="reply" dir="auto">
        {text}
      </p>
      {starters.length > 0 && (
        <>
          <p class="hint">{strings.suggested}</p>
          <QuestionChoices questions={starters} onChoose={onChoose} />
        </>
      )}
    </div>
  )
}
