// Copies of the fixture data directory that a test may break on purpose.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { onTestFinished } from 'vitest'
import type { Problem } from '../../src/corpus/formatProblem'
import { loadCorpusDir } from '../../src/corpus/loadCorpusDir'
import { validateCorpus } from '../../src/corpus/validateCorpus'

export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/faq-data', import.meta.url))
export const SHIPPED_DIR = fileURLToPath(new URL('../../faq-data', import.meta.url))

/** A fresh copy named faq-data/ in a temporary folder, removed after the test. */
export async function copyCorpus(from = FIXTURE_DIR): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'faq-corpus-'))
  onTestFinished(() => rm(root, { recursive: true, force: true }))
  const dir = path.join(root, 'faq-data')
  await cp(from, dir, { recursive: true })
  return dir
}

/** Parses a file of the copy, lets the test change it, writes it back. */
export async function editJson(dir: string, file: string, edit: (value: any) => void): Promise<string> {
  const value = JSON.parse(await readFile(path.join(dir, file), 'utf8'))
  edit(value)
  const text = `${JSON.stringify(value, null, 2)}\n`
  await writeFile(path.join(dir, file), text)
  return text
}

/** Replaces text in a file of the copy, keeping every other line in place. */
export async function replaceIn(dir: string, file: string, from: string, to: string): Promise<void> {
  const text = await readFile(path.join(dir, file), 'utf8')
  if (!text.includes(from)) throw new Error(`fixture ${file} does not contain ${JSON.stringify(from)}`)
  await writeFile(path.join(dir, file), text.replace(from, to))
}

/** The 1-based line of the first occurrence of `needle` in a file of the copy. */
export async function lineOf(dir: string, file: string, needle: string): Promise<number> {
  const lines = (await readFile(path.join(dir, file), 'utf8')).split('\n')
  const index = lines.findIndex((l) => l.includes(needle))
  if (index < 0) throw new Error(`fixture ${file} does not contain ${JSON.stringify(needle)}`)
  return index + 1
}

export async function problemsIn(dir: string): Promise<Problem[]> {
  return validateCorpus(await loadCorpusDir(dir))
}
