import { describe, expect, it } from 'vitest'
import { readArticle } from '../../src/corpus/readArticle'

const RAW = 'title: Back Care\nurl: /blog/back-care\ndate: 2026-01-15\n---\nFirst paragraph.\n\nLet’s Get Social\n\nLast paragraph.\n'

describe('readArticle', () => {
  it('reads the header and the body, with the line the body starts on', () => {
    const { article } = readArticle('back-care', RAW)
    expect(article).toMatchObject({ slug: 'back-care', title: 'Back Care', url: '/blog/back-care', date: '2026-01-15', bodyLine: 5 })
    expect(article!.text).toContain('Let’s Get Social')
  })

  it('drops page furniture even when the curator typed straight quotes', () => {
    const { article } = readArticle('back-care', RAW, ["Let's Get Social"])
    expect(article!.text).toBe('First paragraph.\n\nLast paragraph.')
  })

  it('refuses a header without its end line', () => {
    expect(readArticle('x', 'title: X\nText').problems).toEqual([{ line: 1, message: expect.stringMatching(/no `---` line/) }])
  })
})
