// Ranks entries for a visitor's terms (#3), words weighted by IDF (rare words
// count more than "back" or "pain"). Two steps, so the cost follows the
// entries sharing a word with the question rather than the corpus size:
//   1. pre-filter: walking the inverted index term by term adds up each
//      entry's coverage — the share of the visitor's words found in it: in
//      its question, alternates or keywords fully, as a longer or shorter
//      form of the same word ("fail"/"failure") at variantCredit, in its
//      answer text only at answerWordCredit. Wrong top answers had low
//      coverage. Only the prefilterLimit best go on.
//   2. re-rank by phrasing — how close the question is to the entry's
//      closest phrasing (its question, one alternate or one question a
//      visitor asked, filed under it): weighted Dice
//      overlap, so a one-word alternate does not claim every question using
//      it; or, for long rambling questions, the share of a phrasing of two or
//      more words found in the question, at containedCredit.
// confidence = coverage × phrasing: a product, because coverage saturates at
// 1 for every entry on the topic and, added instead, it squeezed the margin
// between near-duplicate entries. (Sharper IDF or other exponents measured
// no better on the eval set.)

import type { CompiledEntry } from '../corpus/schema'
import { matcherConfig, type MatcherConfig } from './matcherConfig'
import type { TextAnalyser } from './createTextAnalyser'
import type { SpellingCorrector } from './correctSpelling'

export interface RankedEntry {
  entry: CompiledEntry
  confidence: number
}

/** An entry's phrasings, looked up by term: with visitor questions filed,
 * an entry has dozens, and only those sharing a word with the question can
 * score (#3). */
interface Phrasings {
  /** Per phrasing: its number of terms and their summed weight. */
  lengths: number[]
  totals: number[]
  /** term → [phrasing, the term's weight] for each phrasing using it. */
  byTerm: Map<string, [number, number][]>
}

export interface EntryIndex {
  rank(terms: readonly string[], limit: number): RankedEntry[]
  /** How much the terms say, IDF summed: "pain" or "surgery" alone says
   * little, as most entries use them. */
  specificity(terms: readonly string[]): number
}

/** A posting: entry index and the credit its field gives the term. */
type Posting = [entry: number, credit: number]

/** Each entry's visitor questions (faq-data/visitor-questions.json) read as
 * the matcher reads a new one, typos corrected by `correct`: their terms,
 * space-separated. A visitor's question counts only the words the curated
 * entries use: keeping the others ("lol", "plumber", "neighbour") gave 4
 * more right answers and 14 more wrong ones across the eval sets (#3).
 * `known`: those words, when the caller has read the entries already. */
export function visitorTermsOf(
  entries: readonly CompiledEntry[],
  analyser: TextAnalyser,
  correct: SpellingCorrector,
  known: ReadonlySet<string> = new Set(entries.flatMap((entry) => [entry.question, ...entry.alternates, ...entry.keywords, ...entry.answer].flatMap((text) => analyser.terms(text)))),
): string[][] {
  return entries.map((entry) => (entry.visitorQuestions ?? []).map((text) => analyser.terms(text, correct).filter((term) => known.has(term)).join(' ')).filter(Boolean))
}

/** `correct` reads the visitor questions of a corpus built in memory; a
 * shipped one has them read already. */
export function createEntryIndex(entries: readonly CompiledEntry[], analyser: TextAnalyser, correct: SpellingCorrector, config: MatcherConfig = matcherConfig): EntryIndex {
  const postings = new Map<string, Posting[]>()
  const add = (term: string, posting: Posting) => {
    const list = postings.get(term)
    if (list) list.push(posting)
    else postings.set(term, [posting])
  }
  const curated = entries.map((entry) => ({
    phrasings: [entry.question, ...entry.alternates].map((text) => analyser.terms(text)),
    keywords: entry.keywords.flatMap((k) => analyser.terms(k)),
    answer: new Set(entry.answer.flatMap((passage) => analyser.terms(passage))),
  }))
  // A shipped corpus carries its visitor questions already read (shipCorpus).
  const asked = entries.some((entry) => entry.visitorTerms)
    ? entries.map((entry) => entry.visitorTerms ?? [])
    : visitorTermsOf(entries, analyser, correct, new Set(curated.flatMap((c) => [...c.phrasings.flat(), ...c.keywords, ...c.answer])))
  const phrasingTerms = curated.map(({ phrasings: own, keywords, answer }, i) => {
    const phrasings = [...own, ...asked[i]!.map((terms) => terms.split(' '))]
    const fieldTerms = new Set([...phrasings.flat(), ...keywords])
    for (const term of fieldTerms) add(term, [i, 1])
    for (const term of answer) if (!fieldTerms.has(term)) add(term, [i, config.answerWordCredit])
    return phrasings
  })

  const n = entries.length
  // Unknown words weigh like the rarest known ones: they are what the corpus
  // cannot answer, so they pull coverage down, but no more than a rare word.
  const weight = (term: string) => Math.log(1 + n / (Math.max(postings.get(term)?.length ?? 0, 1) + 0.5))
  const phrasings: Phrasings[] = phrasingTerms.map((list) => {
    const byTerm = new Map<string, [number, number][]>()
    const totals = list.map((terms, k) => {
      let total = 0
      for (const term of terms) {
        const w = weight(term)
        total += w
        const uses = byTerm.get(term)
        if (uses) uses.push([k, w])
        else byTerm.set(term, [[k, w]])
      }
      return total
    })
    return { lengths: list.map((terms) => terms.length), totals, byTerm }
  })

  // Index terms that are a longer or shorter form of a word ("fail" and
  // "failur") share its first variantMinLength letters.
  const min = config.variantMinLength
  const byStart = new Map<string, string[]>()
  for (const term of postings.keys()) {
    if (term.length < min) continue
    const list = byStart.get(term.slice(0, min))
    if (list) list.push(term)
    else byStart.set(term.slice(0, min), [term])
  }
  const variants = (term: string) =>
    (byStart.get(term.slice(0, min)) ?? []).filter((t) => t !== term && Math.abs(t.length - term.length) <= config.variantMaxExtra && (t.startsWith(term) || term.startsWith(t)))

  return {
    specificity: (terms) => terms.reduce((sum, term) => sum + weight(term), 0),
    rank(terms, limit) {
      if (!terms.length) return []
      const queryWeights = new Map(terms.map((t) => [t, weight(t)]))
      let total = 0
      for (const w of queryWeights.values()) total += w

      const covered = new Map<number, number>()
      for (const [term, w] of queryWeights) {
        // Per entry, the best credit this query word earns there.
        const best = new Map<number, number>()
        for (const [i, credit] of postings.get(term) ?? []) best.set(i, credit)
        for (const variant of variants(term)) {
          for (const [i, credit] of postings.get(variant) ?? []) {
            const c = credit === 1 ? config.variantCredit : 0
            if (c > (best.get(i) ?? 0)) best.set(i, c)
          }
        }
        for (const [i, credit] of best) covered.set(i, (covered.get(i) ?? 0) + w * credit)
      }

      // The best prefilterLimit, kept in order as they come: with visitor
      // questions most entries share a common word, and sorting them all
      // doubled the cost at 3,000 entries.
      const shortlist: [number, number][] = []
      for (const pair of covered) {
        if (shortlist.length === config.prefilterLimit && pair[1] <= shortlist[shortlist.length - 1]![1]) continue
        let at = shortlist.length
        while (at > 0 && shortlist[at - 1]![1] < pair[1]) at--
        shortlist.splice(at, 0, pair)
        if (shortlist.length > config.prefilterLimit) shortlist.pop()
      }
      const ranked: RankedEntry[] = shortlist.map(([i, cover]) => {
        const { lengths, totals, byTerm } = phrasings[i]!
        const shared = totals.map(() => 0)
        for (const term of queryWeights.keys()) for (const [k, w] of byTerm.get(term) ?? []) shared[k] += w
        let phrasing = 0
        shared.forEach((s, k) => {
          if (!s) return
          const dice = (2 * s) / (total + totals[k]!)
          const contained = lengths[k]! >= 2 ? (config.containedCredit * s) / totals[k]! : 0
          phrasing = Math.max(phrasing, dice, contained)
        })
        return { entry: entries[i]!, confidence: (cover / total) * phrasing }
      })
      ranked.sort((a, b) => b.confidence - a.confidence)
      return ranked.slice(0, limit)
    },
  }
}
