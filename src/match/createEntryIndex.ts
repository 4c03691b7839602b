// Ranks entries for a visitor's terms (#3). An inverted index over the
// entries' terms finds the candidates, so the cost grows with the entries
// that share a word with the question, not with the corpus. Each candidate
// gets a confidence from 0 to 1, words weighted by IDF (rare words count more):
//   coverage — the share of the visitor's words found in the entry: in its
//              question, alternates or keywords fully, as a longer or shorter
//              form of the same word ("fail"/"failure") at variantCredit, in
//              its answer text only at answerWordCredit. Wrong top answers
//              had low coverage.
//   phrasing — how close the question is to the entry's closest phrasing
//              (its question or one alternate): weighted Dice overlap, so a
//              one-word alternate does not claim every question using it; or,
//              for long rambling questions, the share of a phrasing of two or
//              more words found in the question, at containedCredit.
// confidence = coverage^coverageExponent × phrasing^phrasingExponent: a
// product, because coverage saturates at 1 for every entry on the topic and,
// added instead, it squeezed the margin between near-duplicate entries.

import type { CompiledEntry } from '../corpus/schema'
import { matcherConfig, type MatcherConfig } from './matcherConfig'
import type { TextAnalyser } from './createTextAnalyser'

export interface RankedEntry {
  entry: CompiledEntry
  confidence: number
}

interface Phrasing {
  terms: string[]
  weight: number
}

interface IndexedEntry {
  entry: CompiledEntry
  fieldTerms: Set<string>
  answerTerms: Set<string>
  phrasings: Phrasing[]
}

export interface EntryIndex {
  rank(terms: readonly string[], limit: number): RankedEntry[]
}

export function createEntryIndex(entries: readonly CompiledEntry[], analyser: TextAnalyser, config: MatcherConfig = matcherConfig): EntryIndex {
  const prepared = entries.map((entry) => {
    const phrasings = [entry.question, ...entry.alternates].map((text) => analyser.terms(text))
    const fieldTerms = new Set([...phrasings.flat(), ...entry.keywords.flatMap((k) => analyser.terms(k))])
    const answerTerms = new Set(entry.answer.flatMap((passage) => analyser.terms(passage)).filter((t) => !fieldTerms.has(t)))
    return { entry, phrasings, fieldTerms, answerTerms }
  })

  const postings = new Map<string, number[]>()
  prepared.forEach((item, i) => {
    for (const term of new Set([...item.fieldTerms, ...item.answerTerms])) {
      const list = postings.get(term) ?? []
      list.push(i)
      postings.set(term, list)
    }
  })
  const n = prepared.length
  // Unknown words weigh like the rarest known ones: they are what the corpus
  // cannot answer, so they pull coverage down, but no more than a rare word.
  const weight = (term: string) => Math.log(1 + n / (Math.max(postings.get(term)?.length ?? 0, 1) + 0.5))

  const indexed: IndexedEntry[] = prepared.map(({ entry, phrasings, fieldTerms, answerTerms }) => ({
    entry,
    fieldTerms,
    answerTerms,
    phrasings: phrasings.map((terms) => ({ terms, weight: terms.reduce((sum, t) => sum + weight(t), 0) })),
  }))

  // Index terms that are a longer or shorter form of a query word
  // ("fail" → "failur"), computed once per word.
  const min = config.variantMinLength
  const byStart = new Map<string, string[]>()
  for (const term of postings.keys()) {
    if (term.length >= min) byStart.set(term.slice(0, min), [...(byStart.get(term.slice(0, min)) ?? []), term])
  }
  const variantCache = new Map<string, string[]>()
  const variants = (term: string): string[] => {
    let found = variantCache.get(term)
    if (!found) {
      found = (byStart.get(term.slice(0, min)) ?? []).filter((t) => t !== term && Math.abs(t.length - term.length) <= config.variantMaxExtra && (t.startsWith(term) || term.startsWith(t)))
      if (variantCache.size > 5000) variantCache.clear()
      variantCache.set(term, found)
    }
    return found
  }

  return {
    rank(terms, limit) {
      if (!terms.length) return []
      const weights = terms.map(weight)
      const total = weights.reduce((a, b) => a + b, 0)
      const termVariants = terms.map(variants)
      const candidates = new Set<number>()
      terms.forEach((term, k) => {
        for (const t of [term, ...termVariants[k]!]) for (const i of postings.get(t) ?? []) candidates.add(i)
      })

      const ranked: RankedEntry[] = []
      for (const i of candidates) {
        const item = indexed[i]!
        let covered = 0
        terms.forEach((term, k) => {
          const credit = item.fieldTerms.has(term)
            ? 1
            : termVariants[k]!.some((v) => item.fieldTerms.has(v))
              ? config.variantCredit
              : item.answerTerms.has(term)
                ? config.answerWordCredit
                : 0
          covered += weights[k]! * credit
        })
        let phrasing = 0
        for (const phrase of item.phrasings) {
          let shared = 0
          for (const term of phrase.terms) if (terms.includes(term)) shared += weight(term)
          const dice = (2 * shared) / (total + phrase.weight)
          const contained = phrase.terms.length >= 2 ? (config.containedCredit * shared) / phrase.weight : 0
          phrasing = Math.max(phrasing, dice, contained)
        }
        const confidence = (covered / total) ** config.coverageExponent * phrasing ** config.phrasingExponent
        ranked.push({ entry: item.entry, confidence })
      }
      ranked.sort((a, b) => b.confidence - a.confidence)
      return ranked.slice(0, limit)
    },
  }
}
