// Public types of the widget (#4), shipped as dist/faq-widget.d.ts beside the
// ESM entry. Hand-maintained: src/embed/mount.ts and the loader are typed
// against it, so a change that breaks it does not compile.

/** Options of mount(), and of window.FaqWidgetConfig; the loader's data-*
 * attributes are the same names in kebab case (zIndex → data-z-index). */
export interface FaqWidgetOptions {
  /** URL of corpus.json. Default: beside the loader script (the page's URL for mount()). */
  corpus?: string
  /** Panel heading and launcher label. */
  title?: string
  /** Replaces the corpus greeting. */
  greeting?: string
  /** Brand colour, #rgb or #rrggbb; text on it is picked for contrast. */
  color?: string
  position?: 'bottom-right' | 'bottom-left'
  /** px from the viewport corner. */
  offset?: number
  zIndex?: number
  /** Open the panel on page load. */
  open?: boolean
  /** CSS selector of an element to render the panel into, with no launcher. */
  inline?: string
  /** Calls to action. Default /schedule-appointment and /contact. */
  scheduleUrl?: string
  contactUrl?: string
  /** Also push events to window.dataLayer. */
  analytics?: boolean
  /** Include the visitor's words in event payloads. */
  analyticsText?: boolean
  /** Keep the conversation across page loads in sessionStorage. */
  persist?: boolean
  /** Interface texts to replace (the widget's own words around the
   * clinic's answers), e.g. to translate them. */
  strings?: Partial<Record<FaqWidgetStringKey, string>>
}

/** The interface texts; their English defaults are in src/widget/strings.ts. */
export type FaqWidgetStringKey =
  | 'lang'
  | 'close'
  | 'inputLabel'
  | 'placeholder'
  | 'send'
  | 'visitor'
  | 'loading'
  | 'unavailable'
  | 'schedule'
  | 'contact'
  | 'suggested'
  | 'relatedReading'
  | 'source'
  | 'fullDisclaimer'
  | 'didYouMean'
  | 'helpful'
  | 'yes'
  | 'no'
  | 'thanks'
  | 'urgent'
  | 'newTab'

/** Events, also dispatched on the <faq-widget> host as `faq-widget:<name>`. */
export type FaqWidgetEvent = 'open' | 'close' | 'ask' | 'fallback' | 'feedback' | 'link'

export interface FaqWidgetApi {
  open(): void
  close(): void
  /** Opens the panel and asks as if the visitor had typed `text`. */
  ask(text: string): void
  /** Removes the widget from the page. */
  destroy(): void
  /** Calls `handler` with each event's detail; returns a function that stops it. */
  on(event: FaqWidgetEvent, handler: (detail: Record<string, unknown>) => void): () => void
}

export declare function mount(options?: FaqWidgetOptions): FaqWidgetApi
