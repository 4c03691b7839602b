// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { startWidget } from '../../src/embed/startWidget'
import type { MountPanel, PanelContext } from '../../src/widget/mountPanel'
import type { OptionSource } from '../../src/widget/readOption'

/** A stand-in panel that records what it is asked to do. */
function fakePanel() {
  const calls: string[] = []
  const contexts: PanelContext[] = []
  const mount: MountPanel = (context) => {
    contexts.push(context)
    return {
      open: (focus = true) => calls.push(`open ${focus}`),
      close: () => calls.push('close'),
      toggle: () => calls.push('toggle'),
      ask: (text) => calls.push(`ask ${text}`),
      destroy: () => calls.push('destroy'),
    }
  }
  const load = vi.fn(async () => mount)
  return { calls, contexts, load }
}

/** Lets pending promise callbacks run (timers are fake here). */
async function settle() {
  for (let i = 0; i < 50; i++) await Promise.resolve()
}
const start = (values: Record<string, unknown>, load: () => Promise<MountPanel>) =>
  startWidget([{ values, fromData: true } satisfies OptionSource], 'https://cdn.example/faq-widget.js', load)
const shadowOf = () => document.querySelector('faq-widget')!.shadowRoot!

beforeEach(() => {
  // Idle loading is a timer here (no requestIdleCallback): keep it from firing.
  vi.useFakeTimers({ toFake: ['setTimeout'] })
})

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the widget on the page', () => {
  it('draws one host with an open shadow root and a launcher named by the title', () => {
    start({ title: 'Ask Valor Spine' }, fakePanel().load)
    expect(document.querySelectorAll('faq-widget')).toHaveLength(1)
    const launcher = shadowOf().querySelector('button')!
    expect(launcher.textContent).toBe('Ask Valor Spine')
    expect(launcher.getAttribute('aria-expanded')).toBe('false')
    expect(launcher.getAttribute('aria-controls')).toBe('faq-panel')
  })

  it('styles itself with an adopted stylesheet, never a style element or attribute', () => {
    start({}, fakePanel().load)
    const shadow = shadowOf()
    expect(shadow.adoptedStyleSheets.length).toBeGreaterThan(0)
    expect(shadow.querySelector('style, [style]')).toBeNull()
    expect(document.querySelector('faq-widget')!.hasAttribute('style')).toBe(false)
  })

  it('writes the launcher’s text in the colour that reads on the brand colour', () => {
    start({ color: '#ffd400' }, fakePanel().load)
    const css = [...shadowOf().adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n')
    expect(css).toMatch(/--faq-accent: ?#ffd400/)
    expect(css).toMatch(/--faq-on-accent: ?#000/)
  })

  it('writes links in the brand colour where it reads on white, and in the default blue where it does not', () => {
    const linkInk = (color: string) => {
      start({ color }, fakePanel().load)
      const css = [...shadowOf().adoptedStyleSheets[0]!.cssRules].map((r) => r.cssText).join('\n')
      document.body.innerHTML = ''
      return /--faq-accent-ink: ?(#\w+)/.exec(css)?.[1]
    }
    expect(linkInk('#6a1b9a')).toBe('#6a1b9a')
    expect(linkInk('#ffd400')).toBe('#0b5cab')
  })

  it('keeps the widget left-to-right inside, whatever the page’s direction', () => {
    document.documentElement.dir = 'rtl'
    start({}, fakePanel().load)
    expect((shadowOf().firstElementChild as HTMLElement).dir).toBe('ltr')
    document.documentElement.dir = ''
  })

  it('does not load the panel until the visitor shows intent', async () => {
    const panel = fakePanel()
    start({}, panel.load)
    await settle()
    expect(panel.load).not.toHaveBeenCalled()
    const launcher = shadowOf().querySelector('button')!
    launcher.dispatchEvent(new Event('pointerenter'))
    launcher.dispatchEvent(new Event('focus'))
    await settle()
    expect(panel.load).toHaveBeenCalledTimes(1)
  })

  it('loads the panel when the browser is idle', async () => {
    const panel = fakePanel()
    start({}, panel.load)
    vi.runAllTimers()
    await settle()
    expect(panel.load).toHaveBeenCalledTimes(1)
  })

  it('toggles the panel from the launcher', async () => {
    const panel = fakePanel()
    start({}, panel.load)
    shadowOf().querySelector('button')!.click()
    await settle()
    expect(panel.calls).toEqual(['toggle'])
  })

  it('queues API calls made before the panel loaded, in order', async () => {
    const panel = fakePanel()
    const api = start({}, panel.load)
    api.open()
    api.ask('is fusion permanent?')
    api.close()
    await settle()
    expect(panel.calls).toEqual(['open true', 'ask is fusion permanent?', 'close'])
  })

  it('opens on load without taking focus when asked to', async () => {
    const panel = fakePanel()
    start({ open: 'true' }, panel.load)
    await settle()
    expect(panel.calls).toEqual(['open false'])
  })

  it('hands the panel the raw options and where corpus.json is', async () => {
    const panel = fakePanel()
    start({ title: 'Ask Valor Spine', persist: '' }, panel.load).open()
    await settle()
    expect(panel.contexts[0]!.sources).toEqual([{ values: { title: 'Ask Valor Spine', persist: '' }, fromData: true }])
    expect(panel.contexts[0]!.base).toBe('https://cdn.example/faq-widget.js')
  })

  it('renders inline into the named element, with no launcher', async () => {
    document.body.innerHTML = '<main><div id="faq-chat"></div></main>'
    const panel = fakePanel()
    start({ inline: '#faq-chat' }, panel.load)
    await settle()
    expect(document.querySelector('#faq-chat > faq-widget')).not.toBeNull()
    expect(shadowOf().querySelector('button')).toBeNull()
    expect(panel.calls).toEqual(['open false'])
  })

  it('falls back to the launcher when the inline element does not exist', () => {
    start({ inline: '#missing' }, fakePanel().load)
    expect(document.querySelector('body > faq-widget')).not.toBeNull()
    expect(shadowOf().querySelector('button')).not.toBeNull()
  })

  it('passes events on the host to handlers registered with on(), until they stop', () => {
    const api = start({}, fakePanel().load)
    const seen: unknown[] = []
    const stop = api.on('ask', (detail) => seen.push(detail))
    const host = document.querySelector('faq-widget')!
    host.dispatchEvent(new CustomEvent('faq-widget:ask', { detail: { kind: 'answer', entryId: 'recovery' } }))
    stop()
    host.dispatchEvent(new CustomEvent('faq-widget:ask', { detail: { kind: 'fallback' } }))
    expect(seen).toEqual([{ kind: 'answer', entryId: 'recovery' }])
  })

  it('removes itself on destroy, and tells the panel', async () => {
    const panel = fakePanel()
    const api = start({}, panel.load)
    api.open()
    await settle()
    api.destroy()
    await settle()
    expect(document.querySelector('faq-widget')).toBeNull()
    expect(panel.calls.at(-1)).toBe('destroy')
  })

  it('tries loading the panel again after a failure', async () => {
    const panel = fakePanel()
    panel.load.mockRejectedValueOnce(new Error('offline'))
    const api = start({}, panel.load)
    api.open()
    await settle()
    api.open()
    await settle()
    expect(panel.load).toHaveBeenCalledTimes(2)
    expect(panel.calls).toEqual(['open true'])
  })
})
