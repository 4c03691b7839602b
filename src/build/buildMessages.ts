// Every message `npm run build`, `npm start` and `npm run real-words` print
// on failure (#4).
export const buildMessages = Object.freeze({
  refused: (count: number) =>
    `[faq-widget] build refused: ${count} problem(s) in faq-data/ (listed above); dist/ left as it was. Fix them and run npm run build again.`,
  loaderOverBudget: (gzip: number, budget: number) =>
    `[faq-widget] dist/faq-widget.js is ${gzip} B gzipped, over its ${budget} B budget; move code from src/embed into the panel chunk.`,
  firstOpenOverBudget: (gzip: number, budget: number) =>
    `[faq-widget] first open fetches ${gzip} B gzipped of script, over the ${budget} B budget; trim src/widget or src/match.`,
  noWordList: (file: string) =>
    `[faq-widget] no word list at ${file}; install one (on Debian: apt-get install wamerican) or name another with npm run real-words -- --dict PATH. faq-data/real-words.json was left as it was.`,
  realWordsRefused: (count: number) =>
    `[faq-widget] real words not written: ${count} problem(s) in faq-data/ (listed above); faq-data/real-words.json left as it was. Fix them and run npm run real-words again.`,
})
