// "Was this helpful?" under each answer; one vote, then thanks (#4).
import type { Strings } from './strings'

export interface FeedbackProps {
  helpful?: boolean
  strings: Strings
  onVote: (helpful: boolean) => void
}

export function Feedback({ helpful, strings, onVote }: FeedbackProps) {
  if (helpful !== undefined) return <p class="feedback">{strings.thanks}</p>
  return (
    <div class="feedback" role="group" aria-label={strings.helpful}>
      <span aria-hidden="true">{strings.helpful}</span>
      <button type="button" class="chip" onClick={() => onVote(true)}>
        {strings.yes}
      </button>
      <button type="button" class="chip" onClick={() => onVote(false)}>
        {strings.no}
      </button>
    </div>
  )
}
