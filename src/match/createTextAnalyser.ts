// Turns text into the terms the matcher compares (#3): normalise, correct
// spelling against the corpus vocabulary (visitor text only), drop stop
// words, stem, map synonyms and abbreviations to the corpus's words. Synonyms
// are matched on stems without stop words, so "put under" also maps "put me
// under" and "stopped helping" also maps "stops helping"; but a phrase left
// with one content word also needs its stop words close by, on the same side,
// or "down time" would map every "time", "put under" every "put" and "the go
// to" the "go to" of "should i go to the er" (#3).

import { normaliseText } from './normaliseText'
import { stemWord } from './stemWord'
import type { SpellingCorrector } from './correctSpelling'

interface SynonymRule {
  from: string[]
  to: string[]
  /** Stop words of a phrase left with one content word, required nearby:
   * those before it in the phrase before it in the text, the rest after. */
  before: string[]
  after: string[]
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
    const at = phrase.findIndex((w) => !stopWords.has(w))
    const one = content.length === 1
    const rule = { from: content, to: contentStems(to), before: one ? phrase.slice(0, at) : [], after: one ? phrase.slice(at + 1) : [] }
    if (!rule.from[0]) continue
    const list = rules.get(rule.from[0]) ?? []
    list.push(rule)
    list.sort((a, b) => b.from.length - a.from.length || b.before.length + b.after.length - a.before.length - a.after.length)
    rules.set(rule.from[0], list)
  }

  /** `words`: content stems; `at[i]`: where words[i] sits in `raw`. */
  function expand(words: string[], at: number[], raw: string[]): string[] {
    /** Whether every one of `particles` is among the words `from` to `to` places from words[i]. */
    const near = (particles: string[], i: number, from: number, to: number) => particles.every((p) => raw.slice(Math.max(0, at[i]! + from), at[i]! + to).includes(p))
    const out: string[] = []
    for (let i = 0; i < words.length; ) {
      const rule = rules.get(words[i]!)?.find((r) => r.from.every((w, k) => words[i + k] === w) && near(r.before, i, -particleWindow, 0) && near(r.after, i, 1, particleWindow + 1))
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
