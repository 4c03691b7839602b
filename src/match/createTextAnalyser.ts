// Turns text into the terms the matcher compares (#3): normalise, correct
// spelling against the corpus vocabulary (visitor text only), drop stop
// words, stem, map synonyms and abbreviations to the corpus's words. Synonyms
// are matched on stems without stop words, so "put under" also maps "put me
// under" and "stopped helping" also maps "stops helping"; but a phrase left
// with one content word also needs its stop words close by, or "down time"
// would map every "time" and "put under" every "put" (#3).

import { normaliseText } from './normaliseText'
import { stemWord } from './stemWord'
import type { SpellingCorrector } from './correctSpelling'

interface SynonymRule {
  from: string[]
  to: string[]
  /** Stop words of a phrase left with one content word, required nearby. */
  particles: string[]
}

/** How many words either side of a one-word rule its particles may sit. */
const particleWindow = 2

export interface TextAnalyser {
  /** Normalised words before synonyms: the spelling vocabulary is built from these. */
  words(text: string): string[]
  /** Distinct stemmed content terms, in order of appearance. */
  terms(text: string, correct?: SpellingCorrector): string[]
}

/** `stopWords`: words that carry no topic (faq-data/synonyms.json). Kept on
 * purpose: negations ("not working"), "other" ("other options") and question
 * words ("why would someone need a fusion" is not "what is a fusion"). */
export function createTextAnalyser(synonyms: Readonly<Record<string, string>>, stopWordList: readonly string[]): TextAnalyser {
  const stopWords = new Set(stopWordList)
  const contentStems = (text: string) => normaliseText(text).split(' ').filter((w) => w && !stopWords.has(w)).map(stemWord)
  // Longest phrase first, so "epidural steroid injection" beats "epidural";
  // of two as long, the one that needs its stop words ("still hurting"
  // before "hurting", #3).
  const rules = new Map<string, SynonymRule[]>()
  for (const [from, to] of Object.entries(synonyms)) {
    const phrase = normaliseText(from).split(' ').filter(Boolean)
    const content = contentStems(from)
    const rule = { from: content, to: contentStems(to), particles: content.length === 1 ? phrase.filter((w) => stopWords.has(w)) : [] }
    if (!rule.from[0]) continue
    const list = rules.get(rule.from[0]) ?? []
    list.push(rule)
    list.sort((a, b) => b.from.length - a.from.length || b.particles.length - a.particles.length)
    rules.set(rule.from[0], list)
  }

  /** `words`: content stems; `at[i]`: where words[i] sits in `raw`. */
  function expand(words: string[], at: number[], raw: string[]): string[] {
    const near = (i: number) => raw.slice(Math.max(0, at[i]! - particleWindow), at[i]! + particleWindow + 1)
    const out: string[] = []
    for (let i = 0; i < words.length; ) {
      const rule = rules.get(words[i]!)?.find((r) => r.from.every((w, k) => words[i + k] === w) && r.particles.every((p) => near(i).includes(p)))
      if (rule) {
        out.push(...rule.to)
        i += rule.from.length
      } else out.push(words[i++]!)
    }
    return out
  }

  const words = (text: string) => normaliseText(text).split(' ').filter(Boolean)

  return {
    words,
    terms(text, correct) {
      const raw = words(text)
      const corrected = correct ? raw.map(correct) : raw
      const at = corrected.flatMap((w, i) => (stopWords.has(w) ? [] : [i]))
      const terms = new Set<string>()
      for (const term of expand(at.map((i) => stemWord(corrected[i]!)), at, corrected)) terms.add(term)
      return [...terms]
    },
  }
}
