// Calls to action (schedule, contact, call) as large links (#4).
import type { Action } from '../corpus/schema'
import { SafeLink } from './SafeLink'
import type { Strings } from './strings'

export function ActionLinks({ actions, strings, onFollow }: { actions: Action[]; strings: Strings; onFollow: (href: string) => void }) {
  return (
    <ul class="actions">
      {actions.map((a) => (
        <li key={a.id}>
          <SafeLink class="cta" href={a.href} strings={strings} onFollow={onFollow}>
            {a.label}
          </SafeLink>
        </li>
      ))}
    </ul>
  )
}
