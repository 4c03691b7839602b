// `faq-widget extract ARTICLE`: print draft entries for an article as JSON,
// ready to paste into faq-data/entries/ and curate (#2).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { extractDrafts } from '../corpus/extractDrafts'
import { formatProblem } from '../corpus/formatProblem'
import { pageFurniture } from '../corpus/loadCorpusDir'
import { messages } from '../corpus/messages'
import { parseJsonWithLines } from '../corpus/parseJsonWithLines'
import { readArticle } from '../corpus/readArticle'

export async function extractCommand(args: string[]): Promise<number> {
  const file = args[0]
  if (!file || args.length > 1 || file.startsWith('-')) {
    console.error(messages.extractUsage())
    return 2
  }
  const raw = await readFile(file, 'utf8').catch(() => undefined)
  if (raw === undefined) {
    console.error(messages.extractNotFound(file))
    return 1
  }
  // Drop the page's navigation and footer lines when site.json lists them.
  const site = await readFile(path.join(path.dirname(file), '..', 'site.json'), 'utf8').catch(() => '')
  const furniture = pageFurniture(parseJsonWithLines(site).json?.value)
  const { article, problems } = readArticle(path.basename(file).replace(/\.txt$/, ''), raw, furniture)
  if (!article) {
    for (const p of problems) console.error(formatProblem({ file, line: p.line, message: messages.articleHeader(p.message) }))
    return 1
  }
  const drafts = extractDrafts(article)
  console.log(JSON.stringify(drafts, null, 2))
  console.error(messages.extractHint(drafts.length))
  return 0
}
