// `npm run build` (#4): refuses a broken corpus without touching dist/, and
// reproduces its output byte for byte (CI compares a fresh build with dist/).
import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { build } from '../../src/build/build'

const repo = join(import.meta.dirname, '../..')
const scratch = mkdtempSync(join(tmpdir(), 'faq-widget-build-test-'))

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** File name → SHA-256 of its bytes, for readable failures. */
const filesOf = (dir: string) =>
  Object.fromEntries(readdirSync(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]))

describe('the build', () => {
  it('refuses a corpus with problems, names them, and leaves dist/ as it was', async () => {
    const data = join(scratch, 'broken-data')
    cpSync(join(repo, 'faq-data'), data, { recursive: true })
    writeFileSync(join(data, 'site.json'), '{ "clinicName": ')
    const dist = join(scratch, 'dist-untouched')
    cpSync(join(repo, 'dist'), dist, { recursive: true })
    const before = filesOf(dist)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})

    expect(await build(data, dist)).toBe(1)
    expect(errors.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/\[faq-widget\] .*site\.json.*\n.*build refused/s)
    expect(filesOf(dist)).toEqual(before)
    errors.mockRestore()
  })

  it('reproduces the committed dist/ byte for byte (run npm run build after changing src/ or faq-data/)', async () => {
    const dist = join(scratch, 'dist-fresh')
    vi.spyOn(console, 'log').mockImplementation(() => {})
    expect(await build(join(repo, 'faq-data'), dist)).toBe(0)
    expect(filesOf(dist)).toEqual(filesOf(join(repo, 'dist')))
  })
})
