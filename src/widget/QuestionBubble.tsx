// The visitor's own words, shown as text and never as markup (#4).
import type { Strings } from './strings'

export function QuestionBubble({ text, strings }: { text: string; strings: Strings }) {
  return (
    <div class="msg question">
      <span class="sr">{strings.visitor} </span>
      <p dir="auto">{text}</p>
    </div>
  )
}
