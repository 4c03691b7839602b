// Every message `npm run build` and `npm start` print on failure (#4).
export const buildMessages = Object.freeze({
  refused: (count: number) =>
    `[faq-widget] build refused: ${count} problem(s) in faq-data/ (listed above); dist/ left as it was. Fix them and run npm run build again.`,
  loaderOverBudget: (gzip: number, budget: number) =>
    `[faq-widget] dist/faq-widget.js is ${gzip} B gzipped, over its ${budget} B budget; move code from src/embed into the panel chunk.`,
  firstOpenOverBudget: (gzip: number, budget: number) =>
    `[faq-widget] first open fetches ${gzip} B gzipped of script, over the ${budget} B budget; trim src/widget or src/match.`,
})
