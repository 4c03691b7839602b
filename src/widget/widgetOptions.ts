// The options after the loader has read and validated them (#4); defaults
// live with the loader's reader in src/widget/readOption.ts.
import type { Strings } from './strings'

export type Position = 'bottom-right' | 'bottom-left'

export interface WidgetOptions {
  /** Absolute URL of corpus.json. */
  corpus: string
  title: string
  /** Replaces the corpus greeting text when set. */
  greeting?: string
  /** Brand colour, #rgb or #rrggbb. */
  color: string
  position: Position
  /** Distance of the launcher from the viewport corner, px. */
  offset: number
  zIndex: number
  /** Open the panel as soon as the page loads. */
  open?: boolean
  /** CSS selector of an element to render into, without a launcher. */
  inline?: string
  /** Calls to action; when set they replace the corpus's own links. */
  scheduleUrl?: string
  contactUrl?: string
  /** Also push events to window.dataLayer. */
  analytics?: boolean
  /** Put the visitor's words in event payloads. */
  analyticsText?: boolean
  /** Keep the conversation across page loads in sessionStorage. */
  persist?: boolean
  strings: Partial<Strings>
}
