// The clinic's own faq-data/ must always pass, and a single changed word in
// an answer must not.
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../src/corpus/formatProblem'
import { loadCorpusDir } from '../../src/corpus/loadCorpusDir'
import type { FaqEntry } from '../../src/corpus/schema'
import { copyCorpus, lineOf, problemsIn, replaceIn, SHIPPED_DIR } from './corpusFixture'

const entryFiles = (await readdir(path.join(SHIPPED_DIR, 'entries')).catch(() => [])).filter((n) => n.endsWith('.json'))
const hasEntries = entryFiles.length > 0
if (!hasEntries) console.warn('[faq-widget] skipping shipped-corpus tests: faq-data/entries/ has no entries yet')

describe.skipIf(!hasEntries)('the shipped faq-data/', () => {
  it('validates without a single problem', async () => {
    expect((await problemsIn(SHIPPED_DIR)).map(formatProblem)).toEqual([])
  })

  it('fails when one word of one answer is changed, naming file, line and entry', async () => {
    const dir = await copyCorpus(SHIPPED_DIR)
    const { entryFiles: files } = await loadCorpusDir(SHIPPED_DIR)
    const file = files[0]!
    const entry = (file.json.value as FaqEntry[])[0]!
    const passage = entry.answer[0]!.text
    const word = passage.split(' ').find((w) => /^[a-z]{5,}$/.test(w))!
    const changed = passage.replace(word, `${word}x`)
    const relative = file.file.slice('faq-data/'.length)
    await replaceIn(dir, relative, JSON.stringify(passage), JSON.stringify(changed))

    const problems = await problemsIn(dir)
    expect(problems).toEqual([expect.objectContaining({
      file: file.file,
      line: await lineOf(dir, relative, JSON.stringify(changed)),
      entry: entry.id,
      message: expect.stringContaining(`differs at "${word}x`),
    })])
  })
})
