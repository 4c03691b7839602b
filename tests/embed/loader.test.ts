// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Page = { FaqWidget?: Record<string, unknown>; FaqWidgetConfig?: Record<string, unknown> }
const page = window as unknown as Page

/** Runs the loader as if from a <script> tag with these data attributes. */
async function runLoader(data: Record<string, string> = {}) {
  const script = document.createElement('script')
  script.src = 'https://cdn.example/faq/faq-widget.js'
  for (const [name, value] of Object.entries(data)) script.setAttribute(`data-${name}`, value)
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true })
  vi.resetModules()
  await import('../../src/embed/loader')
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout'] })
})

afterEach(() => {
  page.FaqWidget?.destroy && (page.FaqWidget.destroy as () => void)()
  delete page.FaqWidgetConfig
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the loader', () => {
  it('reads its options from its own script tag', async () => {
    await runLoader({ title: 'Ask Valor Spine' })
    expect(document.querySelector('faq-widget')!.shadowRoot!.querySelector('button')!.textContent).toBe('Ask Valor Spine')
  })

  it('reads window.FaqWidgetConfig, with the tag’s attributes winning', async () => {
    page.FaqWidgetConfig = { title: 'From config', position: 'bottom-left' }
    await runLoader({ title: 'From tag' })
    const host = document.querySelector('faq-widget')!
    expect(host.shadowRoot!.querySelector('button')!.textContent).toBe('From tag')
  })

  it('gives one widget for two tags or two loads', async () => {
    await runLoader({ title: 'First' })
    const api = page.FaqWidget
    await runLoader({ title: 'Second' })
    expect(document.querySelectorAll('faq-widget')).toHaveLength(1)
    expect(page.FaqWidget).toBe(api)
    expect(document.querySelector('faq-widget')!.shadowRoot!.querySelector('button')!.textContent).toBe('First')
  })

  it('lets a page load it again after destroy()', async () => {
    await runLoader()
    ;(page.FaqWidget!.destroy as () => void)()
    expect(page.FaqWidget).toBeUndefined()
    expect(document.querySelector('faq-widget')).toBeNull()
    await runLoader()
    expect(document.querySelectorAll('faq-widget')).toHaveLength(1)
  })

  it('stores nothing and sets no cookie just by being on the page', async () => {
    await runLoader()
    expect([document.cookie, localStorage.length, sessionStorage.length]).toEqual(['', 0, 0])
  })
})
