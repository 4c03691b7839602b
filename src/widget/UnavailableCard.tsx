// The corpus could not be loaded: say so plainly and still offer the
// clinic's contact and scheduling links (#4).
import type { Action } from '../corpus/schema'
import { ActionLinks } from './ActionLinks'
import type { Strings } from './strings'

export function UnavailableCard({ actions, strings, onFollow }: { actions: Action[]; strings: Strings; onFollow: (href: string) => void }) {
  return (
    <div class="log">
      <div class="msg card" role="alert">
        <p>{strings.unavailable}</p>
        <ActionLinks actions={actions} strings={strings} onFollow={onFollow} />
      </div>
    </div>
  )
}
