// `npm run real-words [-- --dict PATH]`: writes faq-data/real-words.json
// (#3), the English words the spelling corrector must not change a letter
// of. The corrector knows only the corpus's words, so a real word it does
// not use was "corrected" into one a letter away: "infection" into
// "injection" answered "can an infection cause back pain" with the fibrin
// injection. Run it again after entries change; a stale list only spares
// fewer words.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from '../corpus/buildCorpus'
import { formatProblem } from '../corpus/formatProblem'
import { replaceFile } from '../corpus/replaceFile'
import { createCorpusReader } from '../match/createCorpusReader'
import { editDistance } from '../match/correctSpelling'
import { matcherConfig } from '../match/matcherConfig'
import { stemWord } from '../match/stemWord'
import { buildMessages } from './buildMessages'

const root = fileURLToPath(new URL('../..', import.meta.url))
const dictArg = process.argv.indexOf('--dict')
const dict = dictArg > 0 ? process.argv[dictArg + 1]! : '/usr/share/dict/words'
if (!existsSync(dict)) {
  console.error(buildMessages.noWordList(dict))
  process.exit(1)
}
const { corpus, problems } = await buildCorpus(path.join(root, 'faq-data'))
if (!corpus) {
  for (const problem of problems) console.error(formatProblem(problem))
  console.error(buildMessages.realWordsRefused(problems.length))
  process.exit(1)
}

// The corrector as it would be without the list.
const { vocabulary, correct } = createCorpusReader({ ...corpus, realWords: undefined })
const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('')
/** One letter missing or extra, or two swapped: still mended in a real word ("loosing" is "losing"). */
const slip = (a: string, b: string) => (a.length === b.length ? sameLetters(a, b) : editDistance(a, b, 1) === 1)
/** Letters the two words share from the start. */
const sharedStart = (a: string, b: string) => [...a].findIndex((letter, i) => letter !== b[i]) >>> 0
// Listed only where the two words part early and stem apart: "generator"
// read as "generate" or "specialty" as "special" still finds the right
// family, and "advances" read as "advanced" changes nothing.
const words = readFileSync(dict, 'utf8')
  .split('\n')
  .filter((word) => /^[a-z]+$/.test(word) && word.length >= matcherConfig.substitutionMinLength && !vocabulary.has(word))
  .filter((word) => {
    const corrected = correct(word)
    return corrected !== word && !slip(word, corrected) && stemWord(corrected) !== stemWord(word) && sharedStart(word, corrected) < Math.min(word.length, corrected.length) - 2
  })
const file = {
  about: `Written by npm run real-words from ${dict} and the corpus's words; do not edit by hand. English words the corpus does not use that one changed letter would make one of its words: the spelling corrector does not change a letter of them.`,
  words: [...new Set(words)].sort(),
}
await replaceFile(path.join(root, 'faq-data/real-words.json'), `${JSON.stringify(file, null, 2)}\n`)
console.log(`${file.words.length} real words → faq-data/real-words.json`)
