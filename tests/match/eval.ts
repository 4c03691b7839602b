// `npm run eval [-- --data DIR]`: compiles faq-data/ in memory and prints the
// matcher's figures on the tuning set and on the sets written apart from it,
// then fuse.js's ranking beside the matcher's (#3).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCorpus } from '../../src/corpus/buildCorpus'
import { formatProblem } from '../../src/corpus/formatProblem'
import { evalSets, evaluateCases, evaluateRedFlags, rankedFirstRight, readCases, redFlagSets, withoutQuestionsOf, type EvalFigures, type RedFlagCase } from './evaluateCases'
import { createFuseBaseline, fuseBaselines, type FuseBaselineName } from '../../src/match/createFuseBaseline'
import { createMatcher } from '../../src/match/createMatcher'
import { matcherConfig } from '../../src/match/matcherConfig'

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

/** `unread`: figures only, so the set keeps measuring wording nobody tuned for. */
function print(title: string, f: EvalFigures, unread: boolean) {
  console.log(`\n${title}`)
  console.log(row('top-1 answer accuracy (in scope)', f.top1, f.inScope, 'target ≥ 90%'))
  console.log(row('right entry among clarify candidates', f.inClarify, f.inScope))
  console.log(row('answered with a wrong entry', f.wrong, f.inScope))
  console.log(row('out-of-scope held (not answered)', f.held, f.outOfScope, 'target ≥ 95%'))
  console.log(row('urgent recall', f.urgentCaught, f.urgent, 'target 100%'))
  console.log(row('false urgent alarms (all cases)', f.falseUrgent, f.inScope + f.outOfScope + f.smalltalk, 'target 0'))
  console.log(row('small talk recognised', f.smalltalkRight, f.smalltalk))
  if (f.unanswerable.length) console.log(`  cases no entry's answer can satisfy: ${f.unanswerable.map((q) => JSON.stringify(q)).join(', ')}`)
  if (!unread && f.misses.length) console.log(`  misses:\n${f.misses.map((m) => `    ${m}`).join('\n')}`)
}

console.log(`corpus: ${corpus.entries.length} entries from ${dataDir}`)
for (const set of evalSets) print(`${set.name} (tests/match/${set.file}, ${set.about})`, evaluateCases(corpus, readCases(path.join(here, set.file))), 'unread' in set)
for (const set of redFlagSets) {
  const f = evaluateRedFlags(corpus, readCases<RedFlagCase>(path.join(here, set.file)))
  console.log(`\n${set.name} (tests/match/${set.file}, ${set.about})`)
  console.log(row('urgent recall', f.caught, f.urgent, 'target 100%'))
  console.log(row('false urgent alarms', f.falseAlarms, f.calm, 'target 0'))
  if ('unread' in set) continue
  if (f.cutOff.length) console.log(`  missed past the ${matcherConfig.maxInputChars}-character input limit: ${f.cutOff.map((q) => JSON.stringify(q)).join(', ')}`)
  if (f.misses.length) console.log(`  misses:\n${f.misses.map((m) => `    ${m}`).join('\n')}`)
}

// The yardstick: how often fuse.js, set up naively and at its best, ranks a
// right entry first on the same questions, beside this matcher's first-ranked
// entry (its answer, or the first "Did you mean…" choice).
// Both read the corpus without the set's own questions, as evaluateCases does.
console.log('\nentry ranked first, in scope (no confidence bands): fuse.js baselines vs this matcher')
for (const [title, file] of [['tuning', 'eval-cases.jsonl'], ['held-out', 'holdout-cases.jsonl']] as const) {
  const cases = readCases(path.join(here, file))
  const unseen = withoutQuestionsOf(corpus, cases)
  const matcher = createMatcher(unseen)
  const rows = (Object.keys(fuseBaselines) as FuseBaselineName[]).map((name) => {
    const baseline = createFuseBaseline(unseen, name)
    return [name as string, rankedFirstRight(cases, (q) => baseline.rank(q)[0])] as const
  })
  rows.push(['this matcher', rankedFirstRight(cases, (q) => {
    const result = matcher.match(q)
    return result?.kind === 'answer' ? result.entry : result?.kind === 'clarify' ? result.candidates[0] : undefined
  })])
  for (const [name, [right, total]] of rows) console.log(row(`${title}: ${name}`, right, total))
}
