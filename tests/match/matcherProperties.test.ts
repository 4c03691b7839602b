// Properties of the matcher on the real corpus for any input at all (#5):
// it answers null or a well-formed MatchResult built only from the corpus,
// it never throws, and even a huge paste is answered quickly.
import fc from 'fast-check'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCorpus } from '../../src/corpus/buildCorpus'
import type { CompiledCorpus } from '../../src/corpus/schema'
import { createMatcher } from '../../src/match/createMatcher'
import type { Matcher, MatchResult } from '../../src/match/matchResult'

let corpus: CompiledCorpus
let matcher: Matcher

beforeAll(async () => {
  const built = await buildCorpus(fileURLToPath(new URL('../../faq-data', import.meta.url)))
  if (!built.corpus) throw new Error(`faq-data/ does not build: ${built.problems.length} problem(s)`)
  corpus = built.corpus
  matcher = createMatcher(corpus)
})

/** Why a result is not one the widget can show, or null when it is. */
function invalidity(result: MatchResult): string | null {
  const isEntry = (e: unknown) => corpus.entries.includes(e as CompiledCorpus['entries'][number])
  const inUnit = (score: number) => Number.isFinite(score) && score >= 0 && score <= 1
  switch (result.kind) {
    case 'answer':
      return isEntry(result.entry) && inUnit(result.score) && (result.runnerUp === undefined || isEntry(result.runnerUp)) ? null : 'bad answer'
    case 'clarify': {
      const ids = result.candidates.map((c) => c.id)
      const ok = ids.length >= 2 && ids.length <= 3 && new Set(ids).size === ids.length && result.candidates.every(isEntry)
      return ok && inUnit(result.score) ? null : 'bad clarify'
    }
    case 'fallback': {
      const known = new Set(corpus.actions.map((a) => a.id))
      const ok = result.message === corpus.fallback.text && result.actions.every((id) => known.has(id))
      return ok && inUnit(result.score) ? null : 'bad fallback'
    }
    case 'urgent':
      return result.message === corpus.urgent.message && corpus.urgent.flags.some((f) => f.id === result.flag) ? null : 'bad urgent'
    case 'smalltalk':
      return corpus.smalltalk.some((s) => s.id === result.intent && s.reply === result.message) ? null : 'bad smalltalk'
    default:
      return `unknown kind ${(result as { kind: unknown }).kind}`
  }
}

/** Strings of every kind: ASCII, any code point (lone surrogates included),
 * whole graphemes, words around the corpus's own vocabulary, and huge ones. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom('fusion', 'fibrin', 'disc', 'pain', 'bladder', 'hi', 'thanks', 'insurance', '?', '!!', ' '), { maxLength: 20 }).map((w) => w.join(' ')),
  fc.string({ unit: 'binary', minLength: 2_000, maxLength: 12_000 }),
)

/** Hundreds of matches take seconds on a machine busy with other work. */
const slowSuite = { timeout: 60_000 }

describe('the matcher, for any text', () => {
  it('answers null or a result built from the corpus, and never throws', slowSuite, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = matcher.match(text)
        if (result === null) return
        expect(invalidity(result)).toBeNull()
      }),
      { numRuns: 400 },
    )
  })

  it('answers null for empty or whitespace-only text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u3000'), { maxLength: 30 }), (chars) => {
        expect(matcher.match(chars.join(''))).toBeNull()
      }),
    )
  })

  it('answers every text within its time bound, however long', slowSuite, () => {
    // Each input's time is the fastest of five calls made in separate rounds
    // (so a garbage collection cannot count). A fresh 300-character question
    // of unknown words costs ~15–80 ms here, most of it spelling correction,
    // depending on how busy the machine is; the bound sits well above that
    // and far below the ~940 ms a 10,000-character question cost before the
    // input was capped, which is the regression this catches. Responsiveness
    // in the browser is checked in tests/browser/robustness.test.ts.
    const boundMs = 200
    const texts = [
      ...fc.sample(fc.string({ unit: 'grapheme', minLength: 1_000, maxLength: 10_000 }), 30),
      'My back has hurt since my fusion and I wonder about fibrin. '.repeat(170),
      'fusoin fibirn recovry injecton surgeyr spinall discc painn '.repeat(170),
    ]
    const fastest = texts.map(() => Infinity)
    for (let round = 0; round < 5; round++) {
      texts.forEach((text, i) => {
        const start = performance.now()
        matcher.match(text)
        fastest[i] = Math.min(fastest[i]!, performance.now() - start)
      })
    }
    const slowest = Math.max(...fastest)
    expect(slowest).toBeLessThan(boundMs)
  })
})
