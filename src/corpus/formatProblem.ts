// One problem found in the curated data, and how the CLI prints it (#2).
import { PREFIX } from './messages'

export interface Problem {
  /** Path relative to the data directory's parent, e.g. faq-data/site.json. */
  file: string
  line?: number
  /** The id of the entry (or action, flag, intent) concerned. */
  entry?: string
  message: string
}

/** `[faq-widget] faq-data/entries/fusion.json:42 [fusion-risks] message` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file
  const entry = problem.entry ? ` [${problem.entry}]` : ''
  return `${PREFIX} ${where}${entry} ${problem.message}`
}
