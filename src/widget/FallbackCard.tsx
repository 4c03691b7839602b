// No vetted answer: the clinic's own fallback message and its calls to action (#4).
import type { Action } from '../corpus/schema'
import { ActionLinks } from './ActionLinks'
import type { Strings } from './strings'

export function FallbackCard({ text, actions, strings, onFollow }: { text: string; actions: Action[]; strings: Strings; onFollow: (href: string) => void }) {
  return (
    <div class="msg card">
      <p dir="auto">{text}</p>
      <ActionLinks actions={actions} strings={strings} onFollow={onFollow} />
    </div>
  )
}
