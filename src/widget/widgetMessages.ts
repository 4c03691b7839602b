// Every console message the panel writes, in one place (#4).
/** What a valid value of each kind of option looks like. */
const expectedByKind: Record<string, string> = {
  text: 'some text',
  flag: 'true or false',
  int: 'a whole number (of px for offset)',
  color: 'a colour like #0b5cab',
  position: 'bottom-right or bottom-left',
  object: 'an object of texts',
}

export const widgetMessages = {
  inlineMissing: (selector: string) =>
    `[faq-widget] inline=${JSON.stringify(selector)} matches no element of the page, so the floating launcher is shown; check the selector and that the element exists before the script runs.`,
  badOption: (name: string, value: unknown, kind: string) =>
    `[faq-widget] ${name}=${JSON.stringify(value)} is not valid; use ${expectedByKind[kind]}. Using the default.`,
  unknownOption: (name: string, known: string[]) => `[faq-widget] ${name} is not an option and was ignored; options: ${known.join(', ')}.`,
  corpusStatus: (url: string, status: number) =>
    `[faq-widget] answers are unavailable: ${url} answered HTTP ${status}. Put corpus.json beside faq-widget.js or point data-corpus at it.`,
  corpusShape: (url: string) =>
    `[faq-widget] answers are unavailable: ${url} is not a compiled corpus (version 1). Rebuild it with \`npm run build\`.`,
  corpusFailed: (url: string, error: unknown) =>
    `[faq-widget] answers are unavailable: could not read ${url} (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}). Check the URL, the server and its Content-Security-Policy connect-src.`,
}
