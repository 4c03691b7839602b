// Which English words the spelling corrector must not change a letter of
// (#3), for `npm run real-words`. The corrector knows only the corpus's
// words, so a real word it does not use was "corrected" into one a letter
// away: "infection" into "injections" answered "can an infection cause back
// pain" with the fibrin injection.
import type { CompiledCorpus } from '../corpus/schema'
import { editDistance, isSwap } from '../match/correctSpelling'
import { createCorpusReader } from '../match/createCorpusReader'
import { matcherConfig } from '../match/matcherConfig'
import { stemWord } from '../match/stemWord'

/** One letter missing or extra, or two swapped: still mended in a real word ("loosing" is "losing"). */
const slip = (a: string, b: string) => (a.length === b.length ? isSwap(a, b) : editDistance(a, b, 1) === 1)
/** Letters the two words share from the start. */
const sharedStart = (a: string, b: string) => [...a].findIndex((letter, i) => letter !== b[i]) >>> 0

/** The words of `dictionary` (one lower-case word a line) that the corpus's
 * corrector, without a list, would change by more than a slip into a word
 * that parts from it early and stems apart: "generator" read as "generate"
 * or "specialty" as "special" still finds the right family, and "advances"
 * read as "advanced" changes nothing. Sorted, each once. */
export function findRealWords(dictionary: readonly string[], corpus: CompiledCorpus): string[] {
  const { vocabulary, correct } = createCorpusReader({ ...corpus, realWords: undefined })
  const words = dictionary.filter((word) => {
    if (!/^[a-z]+$/.test(word) || word.length < matcherConfig.substitutionMinLength || vocabulary.has(word)) return false
    const corrected = correct(word)
    return corrected !== word && !slip(word, corrected) && stemWord(corrected) !== stemWord(word) && sharedStart(word, corrected) < Math.min(word.length, corrected.length) - 2
  })
  return [...new Set(words)].sort()
}
