// The corpus the build writes to dist/ (#3): visitor questions shipped read.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/corpus/buildCorpus'
import { createMatcher } from '../../src/match/createMatcher'
import type { Matcher } from '../../src/match/matchResult'
import { shipCorpus } from '../../src/match/shipCorpus'
import { readCases } from './evaluateCases'
import { entries, matchCorpus } from './fixtures/matchCorpus'

const here = path.dirname(fileURLToPath(import.meta.url))

describe('shipCorpus', () => {
  it('ships visitor questions as the terms the matcher reads, typos corrected, not as text', () => {
    const corpus = matchCorpus({ entries: entries.map((e) => (e.id === 'esi' ? { ...e, visitorQuestions: ['lol whats an epidurl steroid injecton'] } : e)) })
    const esi = shipCorpus(corpus).entries.find((e) => e.id === 'esi')!
    expect(esi.visitorQuestions).toBeUndefined()
    expect(esi.visitorTerms).toEqual(['epidur steroid inject'])
  })

  it('answers every question as the corpus built from faq-data/ does', async () => {
    const { corpus } = await buildCorpus(path.join(here, '../../faq-data'))
    const fromData = createMatcher(corpus!)
    const shipped = createMatcher(shipCorpus(corpus!))
    const questions = ['visitors-blind-cases.jsonl', 'phone-blind-cases.jsonl', 'inbox-blind-cases.jsonl'].flatMap((file) => readCases(path.join(here, file)).map((c) => c.q))
    const shown = (matcher: Matcher, q: string) => {
      const r = matcher.match(q)
      return r && { kind: r.kind, score: r.score, ids: r.kind === 'answer' ? [r.entry.id] : r.kind === 'clarify' ? r.candidates.map((e) => e.id) : [] }
    }
    for (const q of questions) expect(shown(shipped, q), q).toEqual(shown(fromData, q))
  })
})
