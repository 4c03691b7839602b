// A red flag: the urgent-care message and its phone actions, alone and
// unmistakable, with no FAQ content beside it (#4).
import type { Action } from '../corpus/schema'
import { ActionLinks } from './ActionLinks'
import { Icon } from './Icon'
import type { Strings } from './strings'

export function UrgentCard({ text, actions, strings, onFollow }: { text: string; actions: Action[]; strings: Strings; onFollow: (href: string) => void }) {
  return (
    <div class="msg card urgent">
      <p class="urgent-tag">
        <Icon name="alert" />
        {strings.urgent}
      </p>
      <p dir="auto">{text}</p>
      <ActionLinks actions={actions} strings={strings} onFollow={onFollow} />
    </div>
  )
}
