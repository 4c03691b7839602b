// `faq-widget validate [DIR]`: list every problem in the curated data, or say
// what it holds when there is none (#2).
import { formatProblem } from '../corpus/formatProblem'
import { loadCorpusDir } from '../corpus/loadCorpusDir'
import { messages } from '../corpus/messages'
import { validateCorpus } from '../corpus/validateCorpus'

const USAGE = 'npx faq-widget validate [DIR]   (DIR defaults to ./faq-data)'

export async function validateCommand(args: string[]): Promise<number> {
  const option = args.find((a) => a.startsWith('-'))
  if (option || args.length > 1) {
    console.error(messages.unknownOption(option ?? args[1]!, USAGE))
    return 2
  }
  const loaded = await loadCorpusDir(args[0] ?? 'faq-data')
  const problems = validateCorpus(loaded)
  if (problems.length) {
    for (const problem of problems) console.error(formatProblem(problem))
    console.error(messages.validateFailed(problems.length, loaded.dir))
    return 1
  }
  const statuses = loaded.entryFiles.flatMap((f) => (f.json.value as { status: string }[]).map((e) => e.status))
  const vetted = statuses.filter((s) => s === 'vetted').length
  console.log(messages.validateOk(loaded.dir, vetted, statuses.length - vetted, loaded.articles.length))
  return 0
}
