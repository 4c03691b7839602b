// The widget on host pages that fight it (#5): aggressive !important CSS,
// shrunken rem, huge line heights, right-to-left, a later overlay at the
// maximum z-index, a transformed body, the page's own Preact, and the
// script tag written every way a marketer might. It must stay visible,
// readable at its own sizes, and single.
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, useChromium } from './browserSupport'
import { hostPage, inlineJson } from './hostPage'
import { useTestServer } from './testServer'
import { ask, launcher, measureWidget, openByMouse, panel, patience, testTitle, type WidgetLayout, widgetSnippet } from './widgetDriver'

const server = useTestServer()
const viewport = { width: 1280, height: 720 }

const aggressiveCss = `<style>
html { font-size: 8px !important; }
* { font-family: "Comic Sans MS", cursive !important; line-height: 9 !important; letter-spacing: 4px !important;
    color: #f0f !important; box-sizing: content-box !important; text-transform: uppercase !important; }
body * { display: none !important; visibility: hidden !important; opacity: 0 !important; }
button { all: unset !important; width: 2px !important; height: 2px !important; font-size: 3px !important; }
input { font-size: 9px !important; height: 3px !important; padding: 0 !important; }
p, span, a, li { font-size: 0.5rem !important; }
faq-widget, [popover] { display: none !important; opacity: 0 !important; transform: scale(0) !important; position: static !important; }
</style>`

describeInBrowser('the widget on a hostile page', () => {
  const chromium = useChromium()
  const dist = () => `${server.origin}/dist/`

  async function visit(html: string): Promise<{ page: Page; errors: string[] }> {
    const page = await chromium.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.setViewportSize(viewport)
    await page.goto(server.addPage({ html }))
    await launcher(page).waitFor()
    return { page, errors }
  }

  /** Opens by a real click at the launcher's position, asks, and measures. */
  async function useIt(page: Page): Promise<WidgetLayout> {
    const before = await measureWidget(page)
    expect(before.launcher?.reachable).toBe(true)
    const { left, top, right, bottom } = before.launcher!
    await page.mouse.click((left + right) / 2, (top + bottom) / 2)
    await expect.poll(() => panel(page).isVisible(), patience).toBe(true)
    const reply = await ask(page, 'can fusion fail')
    expect(await reply.isVisible()).toBe(true)
    return measureWidget(page)
  }

  /** One widget, drawn at its own sizes whatever the page says. */
  function expectReadableAndSingle(layout: WidgetLayout): void {
    expect(layout.hosts).toBe(1)
    expect(layout.launchers).toBe(1)
    expect(layout.panel!.width).toBeGreaterThanOrEqual(300)
    expect(layout.panel!.height).toBeGreaterThanOrEqual(400)
    expect(layout.inputFontSize).toBe(16)
    expect(layout.smallestText).toBeGreaterThanOrEqual(14)
    expect(layout.tallestLine).toBeLessThanOrEqual(2)
    expect(layout.direction).toBe('ltr')
  }

  it("ignores the page's !important rules on *, body *, button, input and its own element, rem of 8 px and huge line heights", async () => {
    const { page, errors } = await visit(hostPage({ head: aggressiveCss, body: widgetSnippet(dist()) }))
    const layout = await useIt(page)
    expectReadableAndSingle(layout)
    const look = await page.evaluate(() => {
      const input = document.querySelector('faq-widget')!.shadowRoot!.querySelector('input')!
      const s = getComputedStyle(input)
      return { letterSpacing: s.letterSpacing, transform: s.textTransform, height: input.getBoundingClientRect().height }
    })
    expect(look).toEqual({ letterSpacing: 'normal', transform: 'none', height: 44 })
    expect(errors).toEqual([])
    await page.close()
  })

  it('keeps its own left-to-right layout in the corner of a right-to-left page', async () => {
    const rtlBody = '<p>مرحبا بكم في عيادة العمود الفقري</p>' + widgetSnippet(dist())
    const { page } = await visit(hostPage({ lang: 'ar', dir: 'rtl', body: rtlBody }))
    const closed = await measureWidget(page)
    expect(viewport.width - closed.launcher!.right).toBeLessThanOrEqual(40)
    expectReadableAndSingle(await useIt(page))
    await page.close()
  })

  it('stays clickable under an overlay the page adds later at the maximum z-index', async () => {
    const overlay = `<script>
addEventListener('load', () => setTimeout(() => {
  const banner = document.createElement('div')
  banner.id = 'cookie-banner'
  banner.textContent = 'We use cookies'
  banner.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:240px;background:#222;color:#fff;z-index:2147483647'
  document.body.append(banner)
}, 300))
</script>`
    const { page } = await visit(hostPage({ body: widgetSnippet(dist()) + overlay }))
    await page.locator('#cookie-banner').waitFor()
    expectReadableAndSingle(await useIt(page))
    await page.close()
  })

  it('sits in the viewport corner even when the body is transformed', async () => {
    const head = '<style>body { transform: scale(1); height: 200px; margin: 0; overflow: visible; }</style>'
    const { page } = await visit(hostPage({ head, body: widgetSnippet(dist()) }))
    const closed = await measureWidget(page)
    expect(viewport.height - closed.launcher!.bottom).toBeLessThanOrEqual(40)
    expect(viewport.width - closed.launcher!.right).toBeLessThanOrEqual(40)
    expectReadableAndSingle(await useIt(page))
    await page.close()
  })

  it("works beside the page's own Preact app, and neither disturbs the other", async () => {
    const app = `<div id="app"></div>
<script type="importmap">${inlineJson({ imports: { preact: '/vendor/preact.mjs', 'preact/hooks': '/vendor/preact-hooks.mjs' } })}</script>
<script type="module">
import { h, render, options } from 'preact'
import { useState } from 'preact/hooks'
// A page-wide hook, as devtools and some libraries install.
const previous = options.vnode
options.vnode = (vnode) => { if (typeof vnode.type === 'string' && vnode.props) vnode.props['data-host-app'] = ''; previous?.(vnode) }
function Counter() {
  const [n, setN] = useState(0)
  return h('button', { id: 'count', onClick: () => setN(n + 1) }, 'Clicked ' + n)
}
render(h(Counter), document.getElementById('app'))
</script>`
    const { page, errors } = await visit(hostPage({ body: app + widgetSnippet(dist()) }))
    expectReadableAndSingle(await useIt(page))
    expect(await page.evaluate(() => document.querySelector('faq-widget')!.shadowRoot!.querySelectorAll('[data-host-app]').length)).toBe(0)
    await page.locator('#count').click()
    expect(await page.locator('#count').innerText()).toBe('Clicked 1')
    expect(errors).toEqual([])
    await page.close()
  })

  const tags: [string, string][] = [
    ['included twice', widgetSnippet(`/dist/`) + widgetSnippet(`/dist/`)],
    ['loaded with async', widgetSnippet(`/dist/`, { async: true }).replace(' defer', '')],
    ['loaded with defer', widgetSnippet(`/dist/`)],
    ['loaded without async or defer, in the head', ''],
    [
      'added after DOMContentLoaded',
      `<script>
document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
  const s = document.createElement('script')
  s.src = '/dist/faq-widget.js'
  s.dataset.title = ${inlineJson(testTitle)}
  document.body.append(s)
}, 200))
</script>`,
    ],
  ]
  for (const [how, body] of tags) {
    it(`shows one working widget when the script is ${how}`, async () => {
      const head = how.includes('in the head') ? widgetSnippet(`/dist/`).replace(' defer', '') : ''
      const { page, errors } = await visit(hostPage({ head, body }))
      expectReadableAndSingle(await useIt(page))
      expect(errors).toEqual([])
      await page.close()
    })
  }

  it('stays single when a second script tag is added after it has opened', async () => {
    const { page } = await visit(hostPage({ body: widgetSnippet(dist()) }))
    await openByMouse(page)
    await page.evaluate((src) => {
      const s = document.createElement('script')
      s.src = src
      document.body.append(s)
    }, `${dist()}faq-widget.js`)
    await page.waitForLoadState('networkidle')
    expectReadableAndSingle(await measureWidget(page))
    await page.close()
  })
})
