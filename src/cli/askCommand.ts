// `faq-widget ask "question"` prints what the widget would show, for a
// person; `faq-widget ask --json` reads one question per line on stdin
// (blank lines skipped) and prints one JSON object per question (#3).
import { readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { buildCorpus } from '../corpus/buildCorpus'
import { formatProblem } from '../corpus/formatProblem'
import { messages } from '../corpus/messages'
import type { CompiledCorpus, CompiledEntry } from '../corpus/schema'
import { createMatcher } from '../match/createMatcher'
import type { MatchResult } from '../match/matchResult'
import { askUsage, corpusInvalid, corpusNotCompiled, corpusUnreadable } from '../match/matcherErrors'

const DEFAULTS = Object.freeze({ corpus: 'dist/corpus.json', data: 'faq-data' })

async function loadCorpus(file: string, explicit: boolean): Promise<CompiledCorpus | undefined> {
  let raw: string
  try {
    raw = await readFile(file, 'utf8')
  } catch (error) {
    if (explicit || (error as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.error(corpusUnreadable(file, (error as Error).message))
      return undefined
    }
    const { corpus, problems } = await buildCorpus(DEFAULTS.data)
    if (!corpus) {
      for (const problem of problems) console.error(formatProblem(problem))
      console.error(corpusInvalid(DEFAULTS.data))
      return undefined
    }
    console.error(corpusNotCompiled(file))
    return corpus
  }
  try {
    const corpus = JSON.parse(raw) as CompiledCorpus
    if (corpus.version !== 1 || !Array.isArray(corpus.entries)) throw new Error('it is not a version 1 compiled corpus')
    return corpus
  } catch (error) {
    console.error(corpusUnreadable(file, (error as Error).message))
    return undefined
  }
}

const shown = (entry: CompiledEntry) => ({
  id: entry.id,
  question: entry.question,
  answer: entry.answer.join('\n\n'),
  links: entry.links,
  source: entry.sources[0] ?? null,
})

export function toJson(question: string, result: MatchResult) {
  const entries = result.kind === 'answer' ? [result.entry] : result.kind === 'clarify' ? result.candidates : []
  const message = result.kind === 'fallback' || result.kind === 'urgent' || result.kind === 'smalltalk' ? result.message : ''
  return { question, kind: result.kind, score: Number(result.score.toFixed(3)), entries: entries.map(shown), message }
}

function forPerson(result: MatchResult): string {
  const score = `score ${result.score.toFixed(2)}`
  const line = (e: CompiledEntry) => `${e.id} — ${e.question}`
  switch (result.kind) {
    case 'answer':
      return [`answer (${score})`, `  entry:     ${line(result.entry)}`, ...result.entry.answer.map((p) => `  > ${p}`),
        `  runner-up: ${result.runnerUp ? line(result.runnerUp) : 'none'}`].join('\n')
    case 'clarify':
      return [`clarify (${score}): did you mean…`, ...result.candidates.map((e, i) => `  ${i + 1}. ${line(e)}`)].join('\n')
    case 'fallback':
      return [`fallback (${score}${result.topic ? `, out-of-scope topic "${result.topic}"` : ''})`, `  ${result.message}`, `  actions: ${result.actions.join(', ')}`].join('\n')
    case 'urgent':
      return [`urgent (red flag "${result.flag}")`, `  ${result.message}`].join('\n')
    case 'smalltalk':
      return [`smalltalk (${result.intent})`, `  ${result.message}`].join('\n')
  }
}

export async function askCommand(args: string[]): Promise<number> {
  let json = false
  let corpusFile: string | undefined
  const words: string[] = []
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined]
    if (flag === '--json') json = true
    else if (flag === '--corpus') {
      corpusFile = inline ?? args[++i]
      if (!corpusFile) {
        console.error(messages.missingOptionValue(flag, askUsage()))
        return 2
      }
    } else if (flag.startsWith('--')) {
      console.error(messages.unknownOption(args[i]!, askUsage()))
      return 2
    } else words.push(args[i]!)
  }
  const question = words.join(' ')
  if (!json && !question.trim()) {
    console.error(`[faq-widget] ask needs a question.\nUsage: ${askUsage()}`)
    return 2
  }

  const corpus = await loadCorpus(corpusFile ?? DEFAULTS.corpus, corpusFile !== undefined)
  if (!corpus) return 1
  const matcher = createMatcher(corpus)

  if (!json) {
    const result = matcher.match(question)
    console.log(result ? forPerson(result) : 'nothing to match: the question is empty')
    return 0
  }
  const answer = (q: string) => {
    const result = matcher.match(q)
    if (result) console.log(JSON.stringify(toJson(q, result)))
  }
  if (question.trim()) answer(question)
  else for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) answer(line)
  return 0
}
