// Fixed settings of the panel (#4), in one place.
export const widgetConfig = Object.freeze({
  /** A corpus that has not answered by then counts as unavailable. */
  corpusTimeoutMs: 8000,
  /** Longest question kept: the input's maxlength, and the cap on ask(),
   * so a pasted essay cannot stall the page while it is matched. */
  maxQuestionLength: 300,
  /** Where the calls to action point when neither the options nor a loaded
   * corpus say otherwise (answers unavailable). */
  scheduleUrl: '/schedule-appointment',
  contactUrl: '/contact',
  /** sessionStorage key of the conversation, only with the persist option. */
  storageKey: 'faq-widget:conversation',
  /** Where the open floating panel fills the screen; keep in step with
   * the max-width media query in panelStyles. */
  fullScreenQuery: '(max-width: 639px)',
  /** Prefix of the DOM events dispatched on the host element. */
  eventPrefix: 'faq-widget:',
})
