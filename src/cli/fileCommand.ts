// `faq-widget file ENTRY-ID "question" [--data DIR]`: files a visitor's
// question, as they typed it, under the entry that answers it in
// visitor-questions.json (#3). The data is validated before and after; the
// file is only written whole, and not at all when anything is wrong.
import path from 'node:path'
import { compileCorpus } from '../corpus/compileCorpus'
import { formatProblem, type Problem } from '../corpus/formatProblem'
import { CORPUS_FILES, loadCorpusDir, type LoadedCorpus } from '../corpus/loadCorpusDir'
import { messages } from '../corpus/messages'
import { parseJsonWithLines } from '../corpus/parseJsonWithLines'
import { replaceFile } from '../corpus/replaceFile'
import type { FaqEntry, VisitorQuestions } from '../corpus/schema'
import { validateCorpus } from '../corpus/validateCorpus'
import { createCorpusReader } from '../match/createCorpusReader'
import { visitorTermsOf } from '../match/createEntryIndex'
import { createMatcher } from '../match/createMatcher'
import type { MatchResult } from '../match/matchResult'
import { normaliseText } from '../match/normaliseText'

const USAGE = 'npx faq-widget file ENTRY-ID "the visitor\'s question" [--data DIR]   (DIR defaults to ./faq-data)'

/** What the widget shows, in a few words. */
function shownFor(result: MatchResult): string {
  switch (result.kind) {
    case 'answer':
      return `the answer "${result.entry.id}"`
    case 'clarify':
      return `"Did you mean…" ${result.candidates.map((e) => `"${e.id}"`).join(', ')}`
    case 'fallback':
      return `the fallback${result.topic ? `: out-of-scope topic "${result.topic}" comes first` : ''}`
    case 'urgent':
      return `the urgent-care message: red flag "${result.flag}" comes first`
    case 'smalltalk':
      return 'a small-talk reply, which comes first'
  }
}

function refuse(problems: Problem[], dir: string, file: string): number {
  for (const problem of problems) console.error(formatProblem(problem))
  console.error(messages.validateFailed(problems.length, dir))
  console.error(messages.fileNotWritten(file))
  return 1
}

export async function fileCommand(args: string[]): Promise<number> {
  let data = 'faq-data'
  const positional: string[] = []
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined]
    if (flag === '--data') {
      const value = inline ?? args[++i]
      if (!value) {
        console.error(messages.missingOptionValue(flag, USAGE))
        return 2
      }
      data = value
    } else if (flag.startsWith('--')) {
      console.error(messages.unknownOption(args[i]!, USAGE))
      return 2
    } else positional.push(args[i]!)
  }
  const [id, question] = positional.map((a) => a.trim())
  if (!id || !question || positional.length > 2) {
    console.error(messages.fileUsage(USAGE))
    return 2
  }

  const loaded = await loadCorpusDir(data)
  const file = loaded.files.visitorQuestions?.file ?? `${loaded.dir}/${CORPUS_FILES.visitorQuestions.name}`
  const before = validateCorpus(loaded)
  if (before.length) return refuse(before, loaded.dir, file)
  const entries = loaded.entryFiles.flatMap((f) => f.json.value as FaqEntry[])
  if (!entries.some((e) => e.id === id)) {
    console.error(messages.fileUnknownEntry(id, entries.map((e) => e.id)))
    return 1
  }

  const filed: VisitorQuestions = structuredClone((loaded.files.visitorQuestions?.json.value as VisitorQuestions | undefined) ?? {})
  const same = (text: string) => normaliseText(text) === normaliseText(question)
  const owner = [...entries.map((e) => [e.id, [e.question, ...e.alternates]] as const), ...Object.entries(filed)].find(([, texts]) => texts.some(same))?.[0]
  if (owner === id) {
    console.log(messages.fileAlready(question, id))
    return 0
  }
  if (owner !== undefined) {
    console.error(messages.fileClaimed(question, owner))
    console.error(messages.fileNotWritten(file))
    return 1
  }
  const under = (filed[id] ??= [])
  under.push(question)
  const text = `${JSON.stringify(filed, null, 2)}\n`
  // Every rule again on the data as it would be, as a net under the checks above.
  const after: LoadedCorpus = { ...loaded, files: { ...loaded.files, visitorQuestions: { file, json: parseJsonWithLines(text).json! } } }
  const problems = validateCorpus(after)
  if (problems.length) return refuse(problems, loaded.dir, file)

  await replaceFile(path.join(data, CORPUS_FILES.visitorQuestions.name), text)
  console.log(messages.fileWritten(question, id, file, under.length))
  // What the widget will show for it once built (a red flag, small talk or a
  // held-back topic still comes first), and the words it learns nothing from.
  const compiled = compileCorpus(after)
  const result = createMatcher(compiled).match(question)!
  console.log(messages.fileNowShows(shownFor(result), result.score))
  const { analyser, correct } = createCorpusReader(compiled)
  const read = visitorTermsOf(compiled.entries.map((e) => ({ ...e, visitorQuestions: e.id === id ? [question] : [] })), analyser, correct).flat().join(' ').split(' ').filter(Boolean)
  const ignored = analyser.terms(question, correct).filter((term) => !read.includes(term))
  if (ignored.length) console.log(messages.fileIgnoredWords(ignored))
  if (ignored.length && read.length && read.length < 3) console.log(messages.fileReadsTooLittle(read))
  return 0
}
