// Drafts entries from an article so curators start from the article's own
// words: one per FAQ question, per headed section and per named bullet. They
// are drafts: a person adds alternates, checks them and marks them vetted (#2).
import type { Article } from './readArticle'
import type { FaqEntry } from './schema'

export const EXTRACTION = Object.freeze({
  /** A heading is one short line; longer lines are paragraphs. */
  maxHeadingLength: 100,
  maxHeadingWords: 14,
  /** Keywords of its question that make a draft's id. */
  idWords: 5,
  /** Words too common to be useful keywords. */
  stopWords: new Set(
    'a am an and are as at be by can do does for from get how i if in is it its know may me my of on or our should than the their this to what when where which who why will with you your vs'.split(' '),
  ),
  faqHeading: /^(frequently asked questions|faqs?)$/i,
})

type Block = { kind: 'heading' | 'paragraph'; text: string } | { kind: 'bullets'; items: string[] }

export function extractDrafts(article: Article): FaqEntry[] {
  const blocks = article.text.split(/\n[ \t]*\n/).filter((b) => b.trim()).map(toBlock)
  const drafts: { question: string; answer: string; keywordSource: string }[] = []
  blocks.forEach((block, i) => {
    const next = blocks[i + 1]
    if (block.kind === 'bullets') {
      for (const item of block.items) {
        const name = /^([^:]{2,60}):\s+\S/.exec(item)?.[1]
        if (name) drafts.push({ question: name, answer: item, keywordSource: name })
      }
    } else if (block.kind === 'heading' && next?.kind === 'paragraph' && !EXTRACTION.faqHeading.test(block.text)) {
      drafts.push({ question: block.text, answer: next.text, keywordSource: block.text })
    } else if (block.kind === 'paragraph' && blocks.slice(0, i).every((b) => b.kind !== 'heading' && b.kind !== 'paragraph')) {
      // The introduction answers the article's own title.
      drafts.push({ question: article.title, answer: block.text, keywordSource: article.title })
    }
  })
  const ids = new Set<string>()
  return drafts.map(({ question, answer, keywordSource }) => ({
    id: uniqueId(question, ids),
    status: 'draft',
    question,
    alternates: [],
    keywords: keywordsOf(keywordSource),
    answer: [{ source: article.slug, text: answer }],
    links: [],
  }))
}

function toBlock(raw: string): Block {
  const lines = raw.split('\n').filter((l) => l.trim())
  if (lines.every((l) => /^\s*•\s*/.test(l))) return { kind: 'bullets', items: lines.map((l) => l.replace(/^\s*•\s*/, '').trim()) }
  const text = lines.map((l) => l.trim()).join(' ')
  const headingLike = lines.length === 1 && text.length <= EXTRACTION.maxHeadingLength &&
    text.split(/\s+/).length <= EXTRACTION.maxHeadingWords && !/[.,;:!]$/.test(text)
  return { kind: headingLike ? 'heading' : 'paragraph', text }
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []
}

function keywordsOf(text: string): string[] {
  return [...new Set(words(text).filter((w) => w.length > 2 && !EXTRACTION.stopWords.has(w)))]
}

function uniqueId(question: string, taken: Set<string>): string {
  const base = keywordsOf(question).slice(0, EXTRACTION.idWords).join('-').replace(/[’']/g, '') || 'draft'
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}
