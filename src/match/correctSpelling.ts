// Spelling correction against the corpus's own vocabulary (#3). It runs
// before synonyms: mapping "eligible" → "candidate" first left the typo
// "eligable" matching nothing. A word is only replaced by a vocabulary word
// within 1 edit (2 for long words) that starts with the same letter (first
// letters are rarely mistyped, and it keeps the search to a few words), the
// most frequent one on ties. Only words in Latin letters are corrected: the
// vocabulary is English. A short word one letter away from a corpus word is
// usually another real word ("shoes"/"shots", "boxes"/"bones", "fall"/"fail"),
// so short words are only corrected for a missing, extra or swapped letter.
// A known word with a common ending ("crush" → "crushed") is a real word, not
// a typo: "crushed" once became "crashed" and read as an accident. On a tie,
// a doubled letter typed once or twice wins ("blader" is "bladder", not
// "blade"; "swolen" is "swollen"): the commonest slip of all. A real English
// word the corpus does not use keeps its letters ("infection" is not
// "injection" or "injections"): only one letter missing or extra, or two
// swapped, is mended in it ("loosing" is "losing").

import { matcherConfig } from './matcherConfig'

/** Damerau–Levenshtein (adjacent swaps count once), giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prevPrev: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2]! + 1)
      row.push(d)
      rowMin = Math.min(rowMin, d)
    }
    if (rowMin > max) return max + 1
    prevPrev = prev
    prev = row
  }
  return prev[b.length]!
}

/** Same letters, so (within one edit) two neighbours swapped: "fusoin". */
export const isSwap = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('')

/** Doubled letters as one: "blader" and "bladder" are both "blader". */
const singled = (word: string) => word.replace(/(.)\1/g, '$1')

const endings = ['ed', 'd', 'ing', 'er', 'ers', 'ly', 'y']

export type SpellingCorrector = (word: string) => string

/** `vocabulary` maps each known word to how often the corpus uses it.
 * `realWords`: English words no letter of which is changed (faq-data/real-words.json).
 * `splitJoined`: a word that is two known words run together is split
 * ("cantfeel", "chestpain") when no one-word correction is found. */
export function createSpellingCorrector(vocabulary: ReadonlyMap<string, number>, realWords: ReadonlySet<string>, splitJoined = false): SpellingCorrector {
  const buckets = new Map<string, string[]>()
  const bucket = (first: string, length: number) => buckets.get(`${first}${length}`) ?? []
  for (const word of vocabulary.keys()) {
    const list = buckets.get(`${word[0]}${word.length}`)
    if (list) list.push(word)
    else buckets.set(`${word[0]}${word.length}`, [word])
  }
  const inflects = (word: string) => endings.some((end) => word.endsWith(end) && vocabulary.has(word.slice(0, -end.length)))
  const cache = new Map<string, string>()
  return (word) => {
    if (vocabulary.has(word) || word.length < matcherConfig.minCorrectLength || !/^[a-z]+$/.test(word) || inflects(word)) return word
    const cached = cache.get(word)
    if (cached !== undefined) return cached
    // A real word is mended as a short one is: no letter changed, one edit.
    const short = word.length < matcherConfig.substitutionMinLength || realWords.has(word)
    const max = word.length < matcherConfig.twoEditLength || short ? 1 : 2
    let best = word
    let bestDistance = max + 1
    let bestCount = 0
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of bucket(word[0]!, len)) {
        if (len === word.length && short && !isSwap(word, candidate)) continue
        const d = editDistance(word, candidate, max)
        // A doubled letter outranks any count.
        const count = vocabulary.get(candidate)! + (d === 1 && singled(word) === singled(candidate) ? 1e9 : 0)
        if (d < bestDistance || (d === bestDistance && d <= max && count > bestCount)) {
          best = candidate
          bestDistance = d
          bestCount = count
        }
      }
    }
    // Two known words of 4 letters or more run together: split them.
    for (let i = 4; splitJoined && best === word && i <= word.length - 4; i++) {
      if (vocabulary.has(word.slice(0, i)) && vocabulary.has(word.slice(i))) best = `${word.slice(0, i)} ${word.slice(i)}`
    }
    if (cache.size > 1000) cache.clear()
    cache.set(word, best)
    return best
  }
}
