// The size budgets of the shipped files (#4), measured on the committed dist/
// (CI checks it is exactly what the sources build).
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { formatSizes, measureSizes, sizeBudgets } from '../../src/build/measureSizes'

const report = measureSizes(fileURLToPath(new URL('../../dist', import.meta.url)))

describe('the shipped size', () => {
  it('prints each file’s raw and gzip size', () => {
    console.log(`dist/ sizes:\n${formatSizes(report)}`)
    expect(report.files.map((f) => f.file)).toEqual(['faq-widget.js', 'faq-panel.js', 'corpus.json', 'faq-widget.esm.js'])
  })

  it(`keeps the loader every page pays for within ${sizeBudgets.loaderGzip} B gzipped`, () => {
    expect(report.files[0]!.gzip).toBeLessThanOrEqual(sizeBudgets.loaderGzip)
  })

  it(`keeps everything fetched on first open, corpus excluded, within ${sizeBudgets.firstOpenGzip} B gzipped`, () => {
    expect(report.firstOpenGzip).toBeLessThanOrEqual(sizeBudgets.firstOpenGzip)
    expect(report.overBudget).toEqual([])
  })
})
