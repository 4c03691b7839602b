// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mountPanel, type PanelController } from '../../src/widget/mountPanel'
import { optionTables } from '../../src/widget/readOption'
import { whenIdle } from '../../src/widget/whenIdle'
import { widgetConfig } from '../../src/widget/widgetConfig'
import { makeCorpus, settle } from './fixtures'
import { rerendered, textOf } from './renderPanel'

let controller: PanelController | undefined

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(makeCorpus()))))
})

afterEach(() => {
  controller?.destroy()
  controller = undefined
  document.body.innerHTML = ''
  sessionStorage.clear()
  delete (window as { dataLayer?: unknown }).dataLayer
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

/** The widget as the loader leaves it: host, shadow root, root and launcher. */
async function mounted(values: Record<string, unknown> = {}, withLauncher = true) {
  const host = document.createElement('faq-widget')
  document.body.append(host)
  const shadow = host.attachShadow({ mode: 'open' })
  const root = document.createElement('div')
  shadow.append(root)
  const launcher = withLauncher ? document.createElement('button') : undefined
  if (launcher) root.append(launcher)
  controller = mountPanel({ host, shadow, root, launcher, sources: [{ values }], optionTables, whenIdle, base: 'https://clinic.example/faq-widget.js' })
  await settle()
  await rerendered()
  return { host, shadow, launcher: launcher!, controller }
}

describe('the mounted panel', () => {
  it('is hidden until opened, and the launcher says so', async () => {
    const { shadow, launcher, controller } = await mounted()
    // faq-panel: the id the launcher's aria-controls names.
    const panel = shadow.getElementById('faq-panel')!
    expect([panel.hidden, launcher.getAttribute('aria-expanded')]).toEqual([true, 'false'])
    controller.open()
    expect([panel.hidden, launcher.getAttribute('aria-expanded')]).toEqual([false, 'true'])
  })

  it('moves focus to the input on open, and back to the launcher on close', async () => {
    const { shadow, launcher, controller } = await mounted()
    controller.open()
    expect(shadow.activeElement?.id).toBe('faq-input')
    controller.close()
    expect(shadow.activeElement).toBe(launcher)
  })

  it('dispatches its events on the host, bubbling to the page', async () => {
    const { controller } = await mounted()
    const seen: string[] = []
    for (const name of ['open', 'ask', 'close']) document.addEventListener(`faq-widget:${name}`, (e) => seen.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`))
    controller.open()
    controller.ask('hello')
    controller.close()
    expect(seen).toHaveLength(3)
    expect(seen[0]).toBe('faq-widget:open {}')
    expect(seen[1]).toMatch(/^faq-widget:ask \{"kind":"/)
    expect(seen[1]).not.toContain('hello')
    expect(seen[2]).toBe('faq-widget:close {}')
  })

  it('pushes events to window.dataLayer only with the analytics option', async () => {
    const first = await mounted()
    first.controller.open()
    expect((window as { dataLayer?: unknown }).dataLayer).toBeUndefined()
    first.controller.destroy()

    const second = await mounted({ analytics: true })
    second.controller.open()
    expect((window as unknown as { dataLayer: object[] }).dataLayer).toEqual([{ event: 'faq-widget:open' }])
  })

  it('stores nothing in the browser by default', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const getItem = vi.spyOn(Storage.prototype, 'getItem')
    const { controller } = await mounted()
    controller.ask('how long is the recovery from spinal fusion')
    expect([setItem.mock.calls.length, getItem.mock.calls.length, sessionStorage.length, localStorage.length, document.cookie]).toEqual([0, 0, 0, 0, ''])
  })

  it('keeps the conversation in sessionStorage with the persist option', async () => {
    const { controller } = await mounted({ persist: true })
    controller.ask('how long is the recovery from spinal fusion')
    expect(JSON.parse(sessionStorage.getItem(widgetConfig.storageKey)!)).toEqual([{ ask: 'how long is the recovery from spinal fusion' }])
  })

  it('uses the clinic’s own interface texts', async () => {
    const { shadow } = await mounted({ strings: { inputLabel: 'Ihre Frage', nonsense: 'x' } })
    expect(textOf(shadow.querySelector('label'))).toBe('Ihre Frage')
  })

  it('stays open and has no close button inline', async () => {
    const { shadow, controller } = await mounted({}, false)
    controller.close()
    expect(shadow.getElementById('faq-panel')!.hidden).toBe(false)
    expect(shadow.querySelector('[role="region"]')).not.toBeNull()
  })
})
