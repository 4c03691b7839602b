// Turns text into the terms the matcher compares (#3): normalise, correct
// spelling against the corpus vocabulary (visitor text only), drop stop
// words, stem, map synonyms and abbreviations to the corpus's words. Synonyms
// are matched on stems without stop words, so "put under" also maps "put me
// under" and "stopped helping" also maps "stops helping".

import { normaliseText } from './normaliseText'
import { stopWords } from './stopWords'
import { stemWord } from './stemWord'
import type { SpellingCorrector } from './correctSpelling'

interface SynonymRule {
  from: string[]
  to: string[]
}

export interface TextAnalyser {
  /** Normalised words before synonyms: the spelling vocabulary is built from these. */
  words(text: string): string[]
  /** Distinct stemmed content terms, in order of appearance. */
  terms(text: string, correct?: SpellingCorrector): string[]
}

const contentStems = (text: string) => normaliseText(text).split(' ').filter((w) => w && !stopWords.has(w)).map(stemWord)

export function createTextAnalyser(synonyms: Readonly<Record<string, string>>): TextAnalyser {
  // Longest phrase first, so "epidural steroid injection" beats "epidural".
  const rules = new Map<string, SynonymRule[]>()
  for (const [from, to] of Object.entries(synonyms)) {
    const rule = { from: contentStems(from), to: contentStems(to) }
    if (!rule.from[0]) continue
    const list = rules.get(rule.from[0]) ?? []
    list.push(rule)
    list.sort((a, b) => b.from.length - a.from.length)
    rules.set(rule.from[0], list)
  }

  function expand(words: string[]): string[] {
    const out: string[] = []
    for (let i = 0; i < words.length; ) {
      const rule = rules.get(words[i]!)?.find((r) => r.from.every((w, k) => words[i + k] === w))
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
      const terms = new Set<string>()
      for (const term of expand(corrected.filter((w) => !stopWords.has(w)).map(stemWord))) terms.add(term)
      return [...terms]
    },
  }
}
