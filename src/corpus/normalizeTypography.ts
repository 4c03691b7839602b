// Curators type straight quotes, hyphens and single spaces; articles are
// published with curly quotes, em dashes and the odd double space. Both sides
// are compared in this normal form so a passage is "verbatim" when its words
// are (#2).

const REPLACEMENTS: Readonly<Record<string, string>> = Object.freeze({
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
})

export interface NormalizedText {
  text: string
  /** For each character of `text`, the index of the character it came from. */
  origin: number[]
}

/** Straight quotes, ASCII dashes, whitespace runs collapsed to one space,
 * trimmed; keeps where every character came from. */
export function normalizeTypography(raw: string): NormalizedText {
  let text = ''
  const origin: number[] = []
  let pendingSpace = -1
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!
    if (/\s/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i
      continue
    }
    if (pendingSpace >= 0 && text) {
      text += ' '
      origin.push(pendingSpace)
    }
    pendingSpace = -1
    const out = REPLACEMENTS[ch] ?? ch
    text += out
    for (let k = 0; k < out.length; k++) origin.push(i)
  }
  return { text, origin }
}
