// @vitest-environment happy-dom
// Pins the public surface (#4): what `import … from 'dist/faq-widget.esm.js'`
// exports, and the keys of window.FaqWidget. Changing either is a breaking
// change for every site that embeds the widget.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultStrings } from '../../src/widget/strings'

const apiKeys = ['ask', 'close', 'destroy', 'on', 'open']

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the public API', () => {
  it('the built ESM entry exports mount and nothing else', async () => {
    const esm: object = await import(/* @vite-ignore */ join(import.meta.dirname, '../../dist/faq-widget.esm.js'))
    expect(Object.keys(esm)).toEqual(['mount'])
  })

  it('mount() answers open, close, ask, destroy and on', async () => {
    const { mount } = await import('../../src/embed/mount')
    const api = mount({ title: 'Ask Valor Spine' })
    expect(Object.keys(api).sort()).toEqual(apiKeys)
    api.destroy()
  })

  it('window.FaqWidget answers the same', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    await import('../../src/embed/loader')
    const api = (window as unknown as { FaqWidget: Record<string, unknown> }).FaqWidget
    expect(Object.keys(api).sort()).toEqual(apiKeys)
    ;(api.destroy as () => void)()
    vi.useRealTimers()
  })

  it('the shipped types declare the same names', () => {
    const types = readFileSync(join(import.meta.dirname, '../../dist/faq-widget.d.ts'), 'utf8')
    expect(types).toContain('export declare function mount(')
    for (const key of apiKeys) expect(types).toMatch(new RegExp(`^  ${key}\\(`, 'm'))
  })

  it('the shipped types name every interface text a clinic can replace', () => {
    const types = readFileSync(join(import.meta.dirname, '../../dist/faq-widget.d.ts'), 'utf8')
    const declared = [...types.matchAll(/^  \| '(\w+)'$/gm)].map((m) => m[1])
    expect(declared).toEqual(Object.keys(defaultStrings))
  })
})
