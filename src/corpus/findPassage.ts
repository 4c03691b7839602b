// Finds a curated passage in its article, ignoring only typography (see
// normalizeTypography), and returns the article's own wording of it (#2).
import { normalizeTypography } from './normalizeTypography'

/** The passage as the article prints it, or undefined if any word differs. */
export function findPassage(articleText: string, passage: string): string | undefined {
  const article = normalizeTypography(articleText)
  const wanted = normalizeTypography(passage).text
  if (!wanted) return undefined
  // A passage cut inside a word would show a fragment: take the first
  // occurrence that starts and ends between words.
  for (let at = article.text.indexOf(wanted); at >= 0; at = article.text.indexOf(wanted, at + 1)) {
    if (isWordChar(article.text[at - 1]) && isWordChar(wanted[0])) continue
    if (isWordChar(article.text[at + wanted.length]) && isWordChar(wanted[wanted.length - 1])) continue
    return articleText.slice(article.origin[at]!, article.origin[at + wanted.length - 1]! + 1)
  }
  return undefined
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
}

/** How many leading words of the passage the article contains, in order: the
 * word after them is where the curated copy departs from the article. */
export function matchingWordCount(articleText: string, passage: string): number {
  const article = normalizeTypography(articleText).text
  const words = normalizeTypography(passage).text.split(' ')
  let low = 0
  let high = words.length
  // A prefix found implies every shorter prefix is found, so bisect.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (article.includes(words.slice(0, mid).join(' '))) low = mid
    else high = mid - 1
  }
  return low
}
