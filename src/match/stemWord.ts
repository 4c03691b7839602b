// A light suffix stripper (#3). Porter-style stemmers split word families
// ("recovery" → "recoveri" but "recover" → "recov"); this one folds the
// families the corpus needs onto one stem: recover/recovery/recovering,
// fuse/fused/fusing/fusion, inject/injected/injection, mobile/mobility,
// normal/normally.

const plurals: [suffix: string, replacement: string][] = [['ies', 'y'], ['sses', 'ss'], ['s', '']]

const suffixes: [suffix: string, replacement: string, minStem: number][] = [
  ['ibility', 'ibl', 3],
  ['ility', 'il', 3],
  ['ness', '', 3],
  ['ment', '', 4],
  ['ing', '', 3],
  ['ion', '', 3],
  ['ive', '', 4],
  ['ed', '', 3],
  ['ally', '', 3],
  ['ly', '', 3],
  ['al', '', 4],
]

export function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word
  let w = word
  for (const [suffix, replacement] of plurals) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      // Keep the s of "stenosis", "annulus", "process".
      if (suffix === 's' && /(ss|us|is)$/.test(w)) break
      w = w.slice(0, w.length - suffix.length) + replacement
      break
    }
  }
  for (const [suffix, replacement, minStem] of suffixes) {
    if (w.endsWith(suffix) && w.length - suffix.length >= minStem) {
      // Only -sion/-tion: "fusion", "injection", not "onion".
      if (suffix === 'ion' && !/[st]ion$/.test(w)) break
      w = w.slice(0, w.length - suffix.length) + replacement
      break
    }
  }
  // Then trailing vowels or a doubled consonant, so fuse/fus, injury/injur,
  // stopped/stop agree.
  const trimmed = w.replace(/[eya]+$/, '')
  if (trimmed.length >= 3) w = trimmed
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ss|ll)$/.test(w)) w = w.slice(0, -1)
  return w.length >= 3 ? w : word
}
