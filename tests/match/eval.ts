// `npm run eval [-- --data DIR]`: compiles faq-data/ in memory and prints the
// matcher's figures on the tuning set and on the sets written apart from it,
// then fuse.js's ranking beside the matcher's (#3).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from '../../src/corpus/buildCorpus'
import { formatProblem } from '../../src/corpus/formatProblem'
import { evaluateCases, rankedFirstRight, readCases, type EvalFigures } from './evaluateCases'
import { createFuseBaseline, fuseBaselines, type FuseBaselineName } from '../../src/match/createFuseBaseline'
import { createMatcher } from '../../src/match/createMatcher'

const here = path.dirname(fileURLToPath(import.meta.url))
const dataFlag = process.argv.indexOf('--data')
const dataDir = dataFlag > 0 ? process.argv[dataFlag + 1]! : path.join(here, '../../faq-data')

const { corpus, problems } = await buildCorpus(dataDir)
if (!corpus) {
  console.error(problems.map(formatProblem).join('\n'))
  console.error(`[faq-widget] eval needs a valid corpus: fix the problems above in ${dataDir} (see \`npx faq-widget validate\`).`)
  process.exit(1)
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—')
const row = (label: string, a: number, b: number, target = '') => `  ${label.padEnd(44)} ${`${a}/${b}`.padStart(8)} ${pct(a, b).padStart(7)}  ${target}`

function print(title: string, f: EvalFigures) {
  console.log(`\n${title}`)
  console.log(row('top-1 answer accuracy (in scope)', f.top1, f.inScope, 'target ≥ 90%'))
  console.log(row('right entry among clarify candidates', f.inClarify, f.inScope))
  console.log(row('answered with a wrong entry', f.wrong, f.inScope))
  console.log(row('out-of-scope held (not answered)', f.held, f.outOfScope, 'target ≥ 95%'))
  console.log(row('urgent recall', f.urgentCaught, f.urgent, 'target 100%'))
  console.log(row('false urgent alarms (all cases)', f.falseUrgent, f.inScope + f.outOfScope + f.smalltalk, 'target 0'))
  console.log(row('small talk recognised', f.smalltalkRight, f.smalltalk))
  if (f.unanswerable.length) console.log(`  cases no entry's answer can satisfy: ${f.unanswerable.map((q) => JSON.stringify(q)).join(', ')}`)
  if (f.misses.length) console.log(`  misses:\n${f.misses.map((m) => `    ${m}`).join('\n')}`)
}

console.log(`corpus: ${corpus.entries.length} entries from ${dataDir}`)
print('tuning set (tests/match/eval-cases.jsonl: dev cases + own)', evaluateCases(corpus, readCases(path.join(here, 'eval-cases.jsonl'))))
print('held-out set (tests/match/holdout-cases.jsonl, written apart)', evaluateCases(corpus, readCases(path.join(here, 'holdout-cases.jsonl'))))
print('blind set (tests/match/blind-cases.jsonl, written from the article alone)', evaluateCases(corpus, readCases(path.join(here, 'blind-cases.jsonl'))))
print('fresh blind set (tests/match/fresh-blind-cases.jsonl, written apart, read after its first run)', evaluateCases(corpus, readCases(path.join(here, 'fresh-blind-cases.jsonl'))))
print('long-message blind set (tests/match/long-blind-cases.jsonl, a quarter 30+ words, read after its first run)', evaluateCases(corpus, readCases(path.join(here, 'long-blind-cases.jsonl'))))
print('short-question blind set (tests/match/short-blind-cases.jsonl, in the dev cases\' style, read after its first run)', evaluateCases(corpus, readCases(path.join(here, 'short-blind-cases.jsonl'))))
print('mixed-visitor blind set (tests/match/mixed-blind-cases.jsonl, read after its first runs)', evaluateCases(corpus, readCases(path.join(here, 'mixed-blind-cases.jsonl'))))
print('four-styles blind set (tests/match/styles-blind-cases.jsonl, read after its first run)', evaluateCases(corpus, readCases(path.join(here, 'styles-blind-cases.jsonl'))))
print('every-point blind set (tests/match/points-blind-cases.jsonl, red-flag misses read after its first run)', evaluateCases(corpus, readCases(path.join(here, 'points-blind-cases.jsonl'))))

// The yardstick: how often fuse.js, set up naively and at its best, ranks a
// right entry first on the same questions, beside this matcher's first-ranked
// entry (its answer, or the first "Did you mean…" choice).
console.log('\nentry ranked first, in scope (no confidence bands): fuse.js baselines vs this matcher')
const matcher = createMatcher(corpus)
for (const [title, file] of [['tuning', 'eval-cases.jsonl'], ['held-out', 'holdout-cases.jsonl']] as const) {
  const cases = readCases(path.join(here, file))
  const rows = (Object.keys(fuseBaselines) as FuseBaselineName[]).map((name) => {
    const baseline = createFuseBaseline(corpus, name)
    return [name as string, rankedFirstRight(cases, (q) => baseline.rank(q)[0])] as const
  })
  rows.push(['this matcher', rankedFirstRight(cases, (q) => {
    const result = matcher.match(q)
    return result?.kind === 'answer' ? result.entry : result?.kind === 'clarify' ? result.candidates[0] : undefined
  })])
  for (const [name, [right, total]] of rows) console.log(row(`${title}: ${name}`, right, total))
}
