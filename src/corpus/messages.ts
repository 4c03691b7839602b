// Every message the corpus tooling shows a curator, in one place (#2). Each
// says what is wrong and how to fix it; formatProblem adds the prefix and the
// file:line [entry] where it happened.

export const PREFIX = '[faq-widget]'

/** Shown passages are cut to this many characters in messages. */
const EXCERPT_LENGTH = 60

export const messages = Object.freeze({
  // Loading the data directory
  missingDataDir: () =>
    'not found: there is no data directory here; run from the project root or pass its path, e.g. npx faq-widget validate path/to/faq-data',
  missingFile: () => 'is missing; this file is required (its shape is described in src/corpus/schema.ts)',
  noEntryFiles: () => 'has no *.json files; add at least one file holding an array of entries',
  noArticles: () => 'has no *.txt articles; every answer must quote an article saved here',
  jsonSyntax: (line: number, column: number, reason: string) =>
    `is not valid JSON at line ${line}, column ${column}: ${reason}; look for a missing comma or quote, or a trailing comma, just before it`,
  articleHeader: (message: string) => `article ${message}`,
  unknownFile: (known: readonly string[]) =>
    `is not a file the widget reads; rename it to one of ${known.map((k) => `"${k}"`).join(', ')}, or move entries into entries/`,
  duplicateKey: (key: string) => `has "${key}" twice in the same object; JSON keeps only the last one, so remove or merge the other`,

  // Shapes and types
  wrongType: (name: string, expected: string, actual: unknown) => `"${name}" must be ${expected}, not ${describe(actual)}`,
  emptyText: (name: string) => `"${name}" is empty; write the text or remove the item`,
  notOneOf: (name: string, values: readonly string[], actual: unknown) =>
    `"${name}" must be ${values.map((v) => `"${v}"`).join(' or ')}, not ${describe(actual)}`,
  missingField: (name: string, expected: readonly string[]) =>
    `is missing "${name}" (needs ${expected.map((e) => `"${e}"`).join(', ')})`,
  unknownField: (name: string, expected: readonly string[]) => {
    const field = name.slice(name.lastIndexOf('.') + 1)
    const guess = closest(field, expected)
    return `has unknown field "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; allowed: ${expected.map((e) => `"${e}"`).join(', ')}`
  },
  notEither: (name: string, options: readonly (readonly string[])[]) =>
    `"${name}" must be ${options.map((fields) => `{ ${fields.map((f) => `"${f}"`).join(', ')} }`).join(' or ')}: a quote from an article, or copy marked "origin": "clinic-authored"`,

  // Rules across the corpus
  duplicateId: (id: string, where: string) => `id "${id}" is already used at ${where}; give each one its own id`,
  unknownSource: (slug: string, known: readonly string[]) =>
    `source "${slug}" is not an article; known: ${known.map((k) => `"${k}"`).join(', ') || 'none'} (save it as articles/${slug}.txt or fix the name)`,
  passageNotFound: (name: string, slug: string, passage: string, matchingWords: number) => {
    const words = passage.trim().split(/\s+/)
    const where = matchingWords === words.length
      ? '; it starts or ends in the middle of a word'
      : matchingWords > 0
        ? `; it follows the article up to "${excerpt(words.slice(0, matchingWords).join(' '), true)}" and then differs at "${words[matchingWords]}"`
        : ''
    return `${name === 'answer' ? 'passage' : `"${name}"`} not found in article "${slug}": "${excerpt(passage)}"${where}. Copy it word for word from the article`
  },
  unsafeHref: (name: string, href: string) =>
    `"${name}" link ${JSON.stringify(href)} is not allowed; use https:, http:, mailto:, tel: or a site path starting with a single "/"`,
  tooFewAlternates: (count: number, minimum: number) =>
    `has ${count} alternate${count === 1 ? '' : 's'}; add at least ${minimum} ways a visitor might ask this question`,
  sharedPhrasing: (text: string, otherId: string) =>
    `phrasing "${text}" is also used by entry "${otherId}"; each phrasing must lead to a single entry`,
  unknownVisitorEntry: (id: string) =>
    `files questions under "${id}", which is not an entry id; use the id of the entry in faq-data/entries that answers them`,
  unknownStarter: (id: string) => `greeting starter "${id}" is not an entry id; use the id of a vetted entry`,
  unvettedStarter: (id: string) => `greeting starter "${id}" is not vetted; vet the entry or pick another starter`,
  unknownAction: (id: string, known: readonly string[]) =>
    `fallback action "${id}" is not in site.json actions (known: ${known.map((k) => `"${k}"`).join(', ') || 'none'})`,
  badStopWord: (word: string) =>
    `stop word ${JSON.stringify(word)} is not one lower-case word; write each as a single word in lower case without punctuation, e.g. "the"`,
  badRealWord: (word: string) =>
    `real word ${JSON.stringify(word)} is not one word in lower-case letters a to z, so the spelling corrector would never see it; write it so, or run npm run real-words again`,
  unknownModelFlag: (flag: string, known: readonly string[]) =>
    `red-flag model raises flag "${flag}", which urgent.json does not have (flags: ${known.map((k) => `"${k}"`).join(', ')}); train it again with npm run train-flags`,
  badModelThreshold: (threshold: number) => `red-flag model threshold ${threshold} is not a probability between 0 and 1; 0.9 raises the flag when the model is 90% sure`,
  badModelTerm: (term: string) =>
    `red-flag model weighs ${JSON.stringify(term)}, but it only ever sees one or two whole lower-case words; train it again with npm run train-flags`,
  badSpokenForm: (form: string) =>
    `spoken form ${JSON.stringify(form)} is not whole lower-case words, or what it stands for is not in lower case; write both as a visitor's words in lower case without apostrophes or punctuation, e.g. "rn": "right now"`,
  deadSynonym: (phrase: string) =>
    `synonym ${JSON.stringify(phrase)} is made only of stop words, so it never applies; give it a content word, or take one of its words out of stopWords`,
  badPattern: (pattern: string, reason: string) =>
    `pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${reason}`,
  groupReference: (pattern: string) =>
    `pattern ${JSON.stringify(pattern)} names a group or refers back to one (\\1, \\k<name>, (?<name>…)); the matcher searches a red flag's patterns, and a concept's words, as one expression, where that would point elsewhere: use (…) or (?:…) and write the words out`,
  upperCasePattern: (pattern: string) =>
    `pattern ${JSON.stringify(pattern)} has an upper-case letter; red flags are searched in the visitor's words lower-cased, so it would never match: write it in lower case`,
  unknownConcept: (name: string, known: readonly string[]) =>
    `concept "${name}" is not in urgent.json "concepts" (known: ${known.map((k) => `"${k}"`).join(', ') || 'none'}); add it there or fix the name`,
  loneConcept: () => `a "together" rule needs at least two concepts; a single word list is a pattern, so write it in "patterns"`,

  // Commands
  validateFailed: (count: number, dir: string) =>
    `${PREFIX} ${count} problem${count === 1 ? '' : 's'} in ${dir}; fix ${count === 1 ? 'it' : 'them'} and run the command again`,
  validateOk: (dir: string, vetted: number, drafts: number, articles: number) =>
    `${dir} is valid: ${vetted} vetted entr${vetted === 1 ? 'y' : 'ies'}, ${drafts} draft${drafts === 1 ? '' : 's'}, ${articles} article${articles === 1 ? '' : 's'}`,
  buildWritten: (file: string, entries: number, bytes: number, gzipBytes: number) =>
    `wrote ${file}: ${entries} vetted entr${entries === 1 ? 'y' : 'ies'}, ${bytes} bytes (${gzipBytes} gzipped)`,
  buildNotWritten: (file: string) => `${PREFIX} ${file} was not written; the existing file, if any, is unchanged`,
  unknownOption: (option: string, usage: string) => `${PREFIX} unknown option "${option}". Usage: ${usage}`,
  missingOptionValue: (option: string, usage: string) => `${PREFIX} "${option}" needs a value. Usage: ${usage}`,
  fileUsage: (usage: string) => `${PREFIX} name the entry and the visitor's question. Usage: ${usage}`,
  fileUnknownEntry: (id: string, known: readonly string[]) => {
    const guess = closest(id, known)
    return `${PREFIX} "${id}" is not an entry id${guess ? ` (did you mean "${guess}"?)` : ''}; \`npx faq-widget ask "the question"\` names the entry it matches`
  },
  fileClaimed: (question: string, owner: string) =>
    `${PREFIX} ${JSON.stringify(question)} already leads to entry "${owner}" (its question, an alternate or a filed question); a phrasing leads to one entry, so remove it there first if "${owner}" is wrong`,
  fileAlready: (question: string, id: string) =>
    `${JSON.stringify(question)} already leads to entry "${id}" (its question, an alternate or a filed question); nothing to do`,
  fileWritten: (question: string, id: string, file: string, count: number) =>
    `filed ${JSON.stringify(question)} under "${id}" in ${file} (${count} question${count === 1 ? '' : 's'} there); run npm run build to ship it`,
  fileNowShows: (shown: string, score: number) => `the widget now shows ${shown} for it (score ${score.toFixed(2)})`,
  fileIgnoredWords: (terms: readonly string[]) =>
    `no entry uses ${terms.map((t) => `"${t}…"`).join(', ')}, so the widget learns nothing from ${terms.length === 1 ? 'that word' : 'those words'}; map a lay word to the corpus's own in synonyms.json, or add an alternate that uses it`,
  // A filed "what should i think about before saying yes to a fusion" read
  // as "what fusion" and took "what do they do in a fusion" from the entry
  // that answers it (#3).
  fileReadsTooLittle: (terms: readonly string[]) =>
    `it reads only as "${terms.join(' ')}…", which any question with those words shares; consider leaving it unfiled, or map its other words in synonyms.json`,
  fileNotWritten: (file: string) => `${PREFIX} ${file} was not written; it is unchanged`,
  extractUsage: () => `${PREFIX} name the article to read. Usage: npx faq-widget extract faq-data/articles/<slug>.txt`,
  extractNotFound: (file: string) => `${PREFIX} article "${file}" not found; pass the path to a .txt file in faq-data/articles/`,
  extractHint: (count: number) =>
    `${PREFIX} ${count} drafts printed. Each needs review, at least 4 alternates and keywords before it can be marked "vetted"; save the ones you keep in faq-data/entries/*.json`,
})

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `the string ${JSON.stringify(excerpt(value))}`
  if (typeof value === 'object') return 'an object'
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`.trim()
}

/** The start (or end) of a long text, cut between words. */
function excerpt(text: string, fromEnd = false): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= EXCERPT_LENGTH) return flat
  if (fromEnd) {
    const tail = flat.slice(-EXCERPT_LENGTH)
    return `…${tail.slice(tail.indexOf(' ') + 1)}`
  }
  const head = flat.slice(0, EXCERPT_LENGTH + 1)
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), 1))}…`
}

/** The allowed name a typo most likely meant (at most 2 edits away). */
function closest(name: string, options: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  for (const option of options) {
    const d = editDistance(name.toLowerCase(), option.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [option, d]
  }
  return best
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
