// `npm run real-words [-- --dict PATH]`: writes faq-data/real-words.json
// (#3), the English words the spelling corrector must not change a letter
// of (see findRealWords). Run it again after entries change; a stale list
// only spares fewer words.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from '../corpus/buildCorpus'
import { formatProblem } from '../corpus/formatProblem'
import { replaceFile } from '../corpus/replaceFile'
import { buildMessages } from './buildMessages'
import { findRealWords } from './findRealWords'

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

const file = {
  about: `Written by npm run real-words from ${dict} and the corpus's words; do not edit by hand. English words the corpus does not use that one changed letter would make one of its words: the spelling corrector does not change a letter of them.`,
  words: findRealWords(readFileSync(dict, 'utf8').split('\n'), corpus),
}
await replaceFile(path.join(root, 'faq-data/real-words.json'), `${JSON.stringify(file, null, 2)}\n`)
console.log(`${file.words.length} real words → faq-data/real-words.json`)
