// `npm run bench`: per-query latency (median, p95) and matcher build time on
// the real corpus and on synthetic corpora of 300, 3,000 and 10,000 entries,
// so the cost curve is visible (#3). Queries: every eval and held-out case.
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from '../../src/corpus/buildCorpus'
import type { CompiledCorpus, CompiledEntry } from '../../src/corpus/schema'
import { createMatcher } from '../../src/match/createMatcher'
import { shipCorpus } from '../../src/match/shipCorpus'
import { readCases } from './evaluateCases'

const here = path.dirname(fileURLToPath(import.meta.url))
const { corpus } = await buildCorpus(path.join(here, '../../faq-data'))
if (!corpus) throw new Error('[faq-widget] bench needs a valid faq-data/: run `npx faq-widget validate` and fix what it lists.')
const queries = [...readCases(path.join(here, 'eval-cases.jsonl')), ...readCases(path.join(here, 'holdout-cases.jsonl'))].map((c) => c.q)

/** Deterministic pseudo-random numbers, so every run benches the same corpora. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** n entries shaped like the real ones: each copies a real entry and swaps
 * about a third of its words for invented ones from a vocabulary that grows
 * with n, as a real corpus's does. */
function syntheticCorpus(n: number): CompiledCorpus {
  const rand = random(n)
  const invented = Array.from({ length: n * 3 }, () => Array.from({ length: 4 + Math.floor(rand() * 6) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join(''))
  const vary = (text: string) => text.split(' ').map((w) => (rand() < 0.35 ? invented[Math.floor(rand() * invented.length)] : w)).join(' ')
  const entries: CompiledEntry[] = Array.from({ length: n }, (_, i) => {
    const base = corpus!.entries[i % corpus!.entries.length]!
    return { ...base, id: `${base.id}-${i}`, question: vary(base.question), alternates: base.alternates.map(vary), visitorQuestions: (base.visitorQuestions ?? []).map(vary), keywords: base.keywords.map(vary) }
  })
  return { ...corpus!, entries }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

function bench(label: string, c: CompiledCorpus) {
  const builds: number[] = []
  let matcher = createMatcher(c)
  for (let i = 0; i < 5; i++) {
    const start = performance.now()
    matcher = createMatcher(c)
    builds.push(performance.now() - start)
  }
  for (const q of queries) matcher.match(q) // warm up
  const times: number[] = []
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const start = performance.now()
      matcher.match(q)
      times.push(performance.now() - start)
    }
  }
  times.sort((a, b) => a - b)
  builds.sort((a, b) => a - b)
  const ms = (v: number) => v.toFixed(3).padStart(9)
  console.log(`${label.padEnd(18)} ${String(c.entries.length).padStart(7)} ${ms(percentile(builds, 0.5))} ${ms(percentile(times, 0.5))} ${ms(percentile(times, 0.95))} ${ms(times[times.length - 1]!)}`)
}

console.log(`node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}; ${queries.length} queries × 3 rounds`)
console.log(`${'corpus'.padEnd(18)} ${'entries'.padStart(7)} ${'build ms'.padStart(9)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'max ms'.padStart(9)}`)
// As the browser gets them: visitor questions read at build (shipCorpus).
bench('real (faq-data)', shipCorpus(corpus))
for (const n of [300, 3_000, 10_000]) bench(`synthetic ${n}`, shipCorpus(syntheticCorpus(n)))
console.log('targets: real corpus p95 < 1 ms; 3,000 entries p95 < 10 ms')
