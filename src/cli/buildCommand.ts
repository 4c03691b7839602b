// `faq-widget build [--data DIR] [--out FILE]`: validate, then write the
// compiled corpus; on any problem nothing is written (#2).
import { buildCorpus, writeCorpus } from '../corpus/buildCorpus'
import { formatProblem } from '../corpus/formatProblem'
import { messages } from '../corpus/messages'
import { shipCorpus } from '../match/shipCorpus'

const DEFAULTS = Object.freeze({ data: 'faq-data', out: 'dist/corpus.json' })
const USAGE = `npx faq-widget build [--data DIR] [--out FILE]   (defaults: --data ${DEFAULTS.data} --out ${DEFAULTS.out})`

export async function buildCommand(args: string[]): Promise<number> {
  const options: { data: string; out: string } = { ...DEFAULTS }
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined]
    if (flag !== '--data' && flag !== '--out') {
      console.error(messages.unknownOption(args[i]!, USAGE))
      return 2
    }
    const value = inline ?? args[++i]
    if (!value) {
      console.error(messages.missingOptionValue(flag, USAGE))
      return 2
    }
    options[flag === '--data' ? 'data' : 'out'] = value
  }
  const { corpus, problems } = await buildCorpus(options.data)
  if (!corpus) {
    for (const problem of problems) console.error(formatProblem(problem))
    console.error(messages.validateFailed(problems.length, options.data))
    console.error(messages.buildNotWritten(options.out))
    return 1
  }
  const { bytes, gzipBytes } = await writeCorpus(shipCorpus(corpus), options.out)
  console.log(messages.buildWritten(options.out, corpus.entries.length, bytes, gzipBytes))
  return 0
}
