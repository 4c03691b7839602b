// Turns text into the terms the matcher compares (#3): normalise, correct
// spelling against the corpus vocabulary (visitor text only), drop stop
// words, map synonyms and abbreviations to the corpus's words, stem. Synonyms
// are matched without stop words on either side, so "put under" also maps
// "put me under".

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

const contentWords = (text: string) => normaliseText(text).split(' ').filter((w) => w && !stopWords.has(w))

export function createTextAnalyser(synonyms: Readonly<Record<string, string>>): TextAnalyser {
  // Longest phrase first, so "epidural steroid injection" beats "epidural".
  const rules = new Map<string, SynonymRule[]>()
  for (const [from, to] of Object.entries(synonyms)) {
    const rule = { from: contentWords(from), to: contentWords(to) }
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
      for (const word of expand(corrected.filter((w) => !stopWords.has(w)))) terms.add(stemWord(word))
      return [...terms]
    },
  }
}
