import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { FaqEntry } from '../../src/corpus/schema'
import { copyCorpus } from '../corpus/corpusFixture'
import { runCli } from './runCli'

const ARTICLE = fileURLToPath(new URL('../../faq-data/articles/spinal-fusion-alternatives.txt', import.meta.url))

describe('faq-widget extract', () => {
  it('prints draft entries as JSON and a reminder that they need review', async () => {
    const run = await runCli('extract', ARTICLE)
    expect(run.code).toBe(0)
    const drafts = JSON.parse(run.stdout) as FaqEntry[]
    expect(drafts.filter((d) => d.question.endsWith('?'))).toHaveLength(5)
    expect(drafts.every((d) => d.status === 'draft' && d.answer[0]!.source === 'spinal-fusion-alternatives')).toBe(true)
    expect(run.stderr).toMatch(/drafts printed\. Each needs review, at least 4 alternates/)
  })

  it('drops the page furniture listed in the neighbouring site.json', async () => {
    const run = await runCli('extract', ARTICLE)
    expect(run.stdout).not.toMatch(/Get Social/)
  })

  it('explains how to call it without an article', async () => {
    const run = await runCli('extract')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Usage: npx faq-widget extract faq-data\/articles\/<slug>\.txt/)
  })

  it('points at a malformed article header', async () => {
    const file = path.join(path.dirname(await copyCorpus()), 'broken.txt')
    await writeFile(file, 'title: Broken\n---\nText.\n')
    const run = await runCli('extract', file)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`[faq-widget] ${file}:1 article header is missing "url:"`)
  })

  it('says when the article does not exist', async () => {
    const run = await runCli('extract', 'faq-data/articles/nope.txt')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/article "faq-data\/articles\/nope\.txt" not found/)
  })
})
