// Reads a source article: a `key: value` header (title, url, date), a `---`
// line, then the page text as scraped. Page furniture is dropped here, at read
// time, so the scraped text stays as published (#2).
import { normalizeTypography } from './normalizeTypography'

export interface Article {
  slug: string
  title: string
  url: string
  date: string
  /** The article text without page furniture. */
  text: string
  /** 1-based line in the file where `text` starts. */
  bodyLine: number
}

export interface ArticleProblem {
  line: number
  message: string
}

const HEADER_KEYS = ['title', 'url', 'date'] as const

export function readArticle(
  slug: string,
  raw: string,
  pageFurniture: readonly string[] = [],
): { article?: Article; problems: ArticleProblem[] } {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n')
  const end = lines.indexOf('---')
  const problems: ArticleProblem[] = []
  if (end < 0) {
    return { problems: [{ line: 1, message: 'has no `---` line ending its header (title:, url:, date:)' }] }
  }
  const header: Record<string, string> = {}
  lines.slice(0, end).forEach((line, i) => {
    const m = /^([a-z]+):\s*(.*)$/.exec(line)
    if (!m) problems.push({ line: i + 1, message: `header line is not "key: value": ${JSON.stringify(line)}` })
    else if (!(HEADER_KEYS as readonly string[]).includes(m[1]!)) problems.push({ line: i + 1, message: `unknown header field "${m[1]}" (expected ${HEADER_KEYS.join(', ')})` })
    else header[m[1]!] = m[2]!.trim()
  })
  for (const key of HEADER_KEYS) {
    if (!header[key]) problems.push({ line: 1, message: `header is missing "${key}:"` })
  }
  if (header.url && !header.url.startsWith('/') && !/^https?:\/\//.test(header.url)) {
    problems.push({ line: 1, message: `header url "${header.url}" must be site-relative (/blog/…) or http(s)` })
  }
  if (header.date && !/^\d{4}-\d{2}-\d{2}$/.test(header.date)) {
    problems.push({ line: 1, message: `header date "${header.date}" must be YYYY-MM-DD` })
  }
  // Curators type "Let's Get Social" for the page's "Let’s Get Social".
  const furniture = new Set(pageFurniture.map((f) => normalizeTypography(f).text).filter(Boolean))
  const body = lines.slice(end + 1).filter((line) => !furniture.has(normalizeTypography(line).text))
  const text = body.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  if (problems.length) return { problems }
  return {
    article: { slug, title: header.title!, url: header.url!, date: header.date!, text, bodyLine: end + 2 },
    problems,
  }
}
