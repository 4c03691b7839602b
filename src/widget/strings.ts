// The widget's own interface copy, in one place so a clinic can translate it
// with `strings` in FaqWidgetConfig or mount() (#4). Answers, greetings and
// calls to action come from the corpus; only the chrome around them is here.
export const defaultStrings = Object.freeze({
  /** The language of these texts and of the corpus, so screen readers on a
   * page in another language read the widget in its own. */
  lang: 'en',
  close: 'Close',
  inputLabel: 'Your question',
  placeholder: 'Ask a question…',
  send: 'Send',
  visitor: 'You asked:',
  loading: 'Loading answers…',
  unavailable: 'Answers are unavailable right now. You can still reach the clinic:',
  schedule: 'Schedule an appointment',
  contact: 'Contact us',
  suggested: 'Suggested questions',
  relatedReading: 'Related reading',
  source: 'Source:',
  fullDisclaimer: 'Read the full disclaimer',
  didYouMean: 'Did you mean…',
  helpful: 'Was this helpful?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you for your feedback.',
  urgent: 'Urgent',
  newTab: '(opens in a new tab)',
})

export type Strings = { [K in keyof typeof defaultStrings]: string }
