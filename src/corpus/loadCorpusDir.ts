// Reads a data directory (faq-data/) as text and parsed JSON, without judging
// it yet: validateCorpus checks it, compileCorpus turns it into the shipped
// corpus (#2).
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { readArticle, type Article } from './readArticle'
import { parseJsonWithLines, type ParsedJson } from './parseJsonWithLines'
import { isPlainObject } from './checkShape'
import type { Problem } from './formatProblem'
import { messages } from './messages'

export interface JsonFile {
  /** Path shown to curators, relative to the data directory's parent. */
  file: string
  json: ParsedJson
}

export interface ArticleFile {
  file: string
  article: Article
}

/** The single-file parts of a data directory. */
export const CORPUS_FILES = Object.freeze({
  site: { name: 'site.json', required: true },
  smalltalk: { name: 'smalltalk.json', required: true },
  urgent: { name: 'urgent.json', required: true },
  // Without these the matcher simply has no synonyms and no held-back topics.
  synonyms: { name: 'synonyms.json', required: false },
  outOfScope: { name: 'out-of-scope.json', required: false },
  visitorQuestions: { name: 'visitor-questions.json', required: false },
  // Written by `npm run train-flags` from the read red-flag sets (#3).
  redFlagModel: { name: 'red-flag-model.json', required: false },
  // Written by `npm run real-words` from a dictionary (#3).
  realWords: { name: 'real-words.json', required: false },
})

export type CorpusFileKey = keyof typeof CORPUS_FILES

export interface LoadedCorpus {
  /** The data directory as shown in messages, e.g. "faq-data". */
  dir: string
  articles: ArticleFile[]
  entryFiles: JsonFile[]
  files: Partial<Record<CorpusFileKey, JsonFile>>
  /** Missing files, JSON syntax errors and malformed article headers. */
  problems: Problem[]
}

export async function loadCorpusDir(dataDir: string): Promise<LoadedCorpus> {
  const root = path.resolve(dataDir)
  const shown = (abs: string) => path.relative(path.dirname(root), abs).split(path.sep).join('/')
  const loaded: LoadedCorpus = { dir: shown(root), articles: [], entryFiles: [], files: {}, problems: [] }

  const readJson = (abs: string, raw: string): JsonFile | undefined => {
    const { json, error } = parseJsonWithLines(raw)
    if (error) loaded.problems.push({ file: shown(abs), line: error.line, message: messages.jsonSyntax(error.line, error.column, error.reason) })
    for (const { path: at, line } of json?.duplicateKeys ?? []) {
      loaded.problems.push({ file: shown(abs), line, message: messages.duplicateKey(String(at[at.length - 1])) })
    }
    return json && { file: shown(abs), json }
  }

  const names = await listDir(root)
  if (names === undefined) {
    loaded.problems.push({ file: dataDir, message: messages.missingDataDir() })
    return loaded
  }
  // A misspelt optional file ("synonym.json") would otherwise be ignored.
  const known = Object.values(CORPUS_FILES).map((f) => f.name)
  for (const name of names.filter((n) => n.endsWith('.json') && !known.includes(n))) {
    loaded.problems.push({ file: shown(path.join(root, name)), message: messages.unknownFile(known) })
  }

  for (const [key, { name, required }] of Object.entries(CORPUS_FILES) as [CorpusFileKey, { name: string; required: boolean }][]) {
    const abs = path.join(root, name)
    const raw = await readText(abs)
    if (raw === undefined) {
      if (required) loaded.problems.push({ file: shown(abs), message: messages.missingFile() })
      continue
    }
    const file = readJson(abs, raw)
    if (file) loaded.files[key] = file
  }

  const entriesDir = path.join(root, 'entries')
  const entryNames = ((await listDir(entriesDir)) ?? []).filter((n) => n.endsWith('.json'))
  if (!entryNames.length) loaded.problems.push({ file: shown(entriesDir), message: messages.noEntryFiles() })
  for (const name of entryNames) {
    const abs = path.join(entriesDir, name)
    const file = readJson(abs, (await readText(abs)) ?? '')
    if (file) loaded.entryFiles.push(file)
  }

  const articlesDir = path.join(root, 'articles')
  const articleNames = ((await listDir(articlesDir)) ?? []).filter((n) => n.endsWith('.txt'))
  if (!articleNames.length) loaded.problems.push({ file: shown(articlesDir), message: messages.noArticles() })
  const furniture = pageFurniture(loaded.files.site?.json.value)
  for (const name of articleNames) {
    const abs = path.join(articlesDir, name)
    const { article, problems } = readArticle(name.slice(0, -'.txt'.length), (await readText(abs)) ?? '', furniture)
    for (const p of problems) loaded.problems.push({ file: shown(abs), line: p.line, message: messages.articleHeader(p.message) })
    if (article) loaded.articles.push({ file: shown(abs), article })
  }
  return loaded
}

/** site.json's furniture lines, as far as they can be read before validation. */
export function pageFurniture(site: unknown): string[] {
  const lines = isPlainObject(site) ? site.pageFurniture : undefined
  return Array.isArray(lines) ? lines.filter((l): l is string => typeof l === 'string') : []
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw e
  }
}

/** Sorted names, so every build reads files in the same order. */
async function listDir(dir: string): Promise<string[] | undefined> {
  try {
    return (await readdir(dir)).sort()
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined
    throw e
  }
}
