import { describe, expect, it } from 'vitest'
import { contrastRatio, linkColor, readableTextColor } from '../../src/widget/colorContrast'

describe('text on the brand colour', () => {
  it('is white on a dark brand colour and black on a light one', () => {
    expect(readableTextColor('#0b5cab')).toBe('#fff')
    expect(readableTextColor('#ffd400')).toBe('#000')
    expect(readableTextColor('#fff')).toBe('#000')
  })

  it('meets WCAG AA (4.5:1) on every colour of a 4-bit-per-channel grid', () => {
    const hex = '0123456789abcdef'
    const worst = [...hex].flatMap((r) => [...hex].flatMap((g) => [...hex].map((b) => `#${r}${g}${b}`)))
      .map((color) => contrastRatio(color, readableTextColor(color)))
      .reduce((a, b) => Math.min(a, b))
    expect(worst).toBeGreaterThanOrEqual(4.5)
  })

  it('keeps links in the brand colour exactly when it reads on white at 4.5:1', () => {
    const hex = '0123456789abcdef'
    for (const color of [...hex].flatMap((r) => [...hex].flatMap((g) => [...hex].map((b) => `#${r}${g}${b}`))))
      expect(linkColor(color)).toBe(contrastRatio(color, '#fff') >= 4.5 ? color : '#0b5cab')
  })

  it('measures contrast as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777', '#fff')).toBeCloseTo(4.48, 2)
  })
})
