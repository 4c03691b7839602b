// Questions offered as buttons: the greeting's starters and "Did you mean…"
// candidates (#4). Choosing one shows that entry's answer.
export interface QuestionChoicesProps {
  questions: { id: string; question: string }[]
  onChoose: (entryId: string) => void
}

export function QuestionChoices({ questions, onChoose }: QuestionChoicesProps) {
  return (
    <ul class="choices">
      {questions.map((q) => (
        <li key={q.id}>
          <button type="button" class="chip" dir="auto" onClick={() => onChoose(q.id)}>
            {q.question}
          </button>
        </li>
      ))}
    </ul>
  )
}
