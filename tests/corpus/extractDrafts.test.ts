import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { extractDrafts } from '../../src/corpus/extractDrafts'
import { findPassage } from '../../src/corpus/findPassage'
import { readArticle } from '../../src/corpus/readArticle'

const ARTICLE = new URL('../../faq-data/articles/spinal-fusion-alternatives.txt', import.meta.url)
const FURNITURE = ['Schedule appointment', 'Download the Free Guide', '"*" indicates required fields', "Let's Get Social"]

async function drafts() {
  const { article } = readArticle('spinal-fusion-alternatives', await readFile(ARTICLE, 'utf8'), FURNITURE)
  return { article: article!, drafts: extractDrafts(article!) }
}

describe('extractDrafts on the clinic’s article', () => {
  it('drafts each FAQ question with its exact answer', async () => {
    const { drafts: all } = await drafts()
    const faq = all.filter((d) => d.question.endsWith('?'))
    expect(faq.map((d) => d.question)).toEqual([
      'What conditions may benefit from intra-annular fibrin injection instead of fusion?',
      'Is biologic disc repair appropriate after a previous spinal surgery?',
      'How does biologic disc repair compare to spinal fusion in terms of recovery?',
      'Does intra-annular fibrin injection preserve spinal mobility?',
      'How do I know if I am a candidate for non-surgical disc treatment?',
    ])
    expect(faq[3]!.answer).toEqual([{
      source: 'spinal-fusion-alternatives',
      text: 'Yes — unlike fusion, which permanently eliminates motion at the treated segment, intra-annular fibrin injection is designed to repair the disc while preserving the natural range of motion. This distinction is clinically significant for patients who wish to maintain spinal flexibility and avoid the mechanical consequences of adjacent segment stress that can follow fusion.',
    }])
  })

  it('drafts the main sections from their headings and first paragraphs', async () => {
    const { drafts: all } = await drafts()
    const questions = all.map((d) => d.question)
    for (const heading of [
      'Understanding Spinal Fusion: What the Procedure Involves',
      'The Realities and Risks of Spinal Fusion',
      'Failed Back Surgery Syndrome',
      'Recovery Time and Quality-of-Life Impact',
      'Epidural Steroid Injections (ESIs)',
      'Platelet-Rich Plasma (PRP) Injections',
      'Intra-Annular Fibrin Injection: A Biologic Approach to Disc Repair',
      'Why Evaluating Non-Invasive Options First Makes Sense',
    ]) expect(questions).toContain(heading)
    const esi = all.find((d) => d.question === 'Epidural Steroid Injections (ESIs)')!
    expect(esi.answer[0]!.text).toMatch(/^ESIs involve injecting corticosteroids into the epidural space around the spinal nerves\..*worth evaluating\.$/)
    expect(esi.keywords).toEqual(['epidural', 'steroid', 'injections', 'esis'])
  })

  it('drafts named bullets on their own', async () => {
    const { drafts: all } = await drafts()
    expect(all.find((d) => d.question === 'Motion-Preserving')?.answer[0]!.text).toBe('Motion-Preserving: Unlike fusion, it maintains the natural mobility of treated spinal segments.')
  })

  it('leaves page furniture and headings without a paragraph out', async () => {
    const { drafts: all } = await drafts()
    const questions = all.map((d) => d.question)
    expect(questions).not.toContain('Frequently Asked Questions')
    expect(questions.some((q) => /Get Social|Schedule appointment/.test(q))).toBe(false)
  })

  it('makes unique drafts, quoted word for word, with no alternates yet', async () => {
    const { article, drafts: all } = await drafts()
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length)
    for (const draft of all) {
      expect(draft).toMatchObject({ status: 'draft', alternates: [], links: [] })
      expect(findPassage(article.text, draft.answer[0]!.text)).toBe(draft.answer[0]!.text)
    }
  })
})
