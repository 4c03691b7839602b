// WCAG contrast for the brand colour option (#4): the launcher and the
// visitor's bubbles use the brand colour as background, and links use it on
// white, so their colours are picked for contrast rather than trusted to the
// marketer.

/** WCAG relative luminance of #rgb or #rrggbb, 0 to 1. */
function luminance(hex: string): number {
  const h = hex.length == 4 ? hex.replace(/\w/g, (c) => c + c) : hex
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/** Black or white, whichever contrasts more with `background` (above
 * luminance 0.179 black does): at least 4.58:1 for any colour. */
export function readableTextColor(background: string): string {
  return luminance(background) > 0.179 ? '#000' : '#fff'
}

/** The brand colour where it reads on white (AA, 4.5:1, which is luminance
 * at most 1.05 / 4.5 - 0.05), else the default blue. */
export function linkColor(brand: string): string {
  return luminance(brand) <= 1.05 / 4.5 - 0.05 ? brand : '#0b5cab'
}
