// Tests of the browser-test harness itself (#5): the server does what the
// other tests rely on, a missing Chromium is loud, and the XSS checks catch a
// renderer that is deliberately unsafe (a test of the test).
import { beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, measureTargets, tabThroughFocus, tooSmall } from './accessibilityChecks'
import { describeInBrowser, isBrowserRequired, useChromium } from './browserSupport'
import { hostPage, inlineJson } from './hostPage'
import { useTestServer } from './testServer'
import { findXssProblems, snapshotDom, trapDialogs, type DomSnapshot } from './xssHarness'
import { unsafeHrefs, xssPayloads } from './xssPayloads'

const server = useTestServer()

describe('the test server', () => {
  it('serves each page with its own headers', async () => {
    const url = server.addPage({ html: '<p>hi</p>', headers: { 'content-security-policy': "default-src 'self'" } })
    const res = await fetch(url)
    expect(res.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(await res.text()).toBe('<p>hi</p>')
  })

  it('answers corpus.json with 404, 500, an HTML page or a chosen body', async () => {
    const notFound = await fetch(server.addWidgetVariant({ kind: 'status', status: 404 }) + 'corpus.json')
    const broken = await fetch(server.addWidgetVariant({ kind: 'status', status: 500 }) + 'corpus.json')
    const html = await fetch(server.addWidgetVariant({ kind: 'html' }) + 'corpus.json')
    const chosen = await fetch(server.addWidgetVariant({ kind: 'json', body: { version: 1 } }) + 'corpus.json')
    expect([notFound.status, broken.status, html.status, chosen.status]).toEqual([404, 500, 200, 200])
    expect(await html.text()).toContain('<html>')
    expect(await chosen.json()).toEqual({ version: 1 })
  })

  it('serves a truncated corpus that does not parse', async () => {
    const res = await fetch(server.addWidgetVariant({ kind: 'truncated' }) + 'corpus.json')
    await expect(res.json()).rejects.toThrow(SyntaxError)
  })

  it('can leave a corpus request unanswered', async () => {
    const res = await fetch(server.addWidgetVariant({ kind: 'hang' }) + 'corpus.json', { signal: AbortSignal.timeout(300) })
    await expect(res.text()).rejects.toThrow()
  })

  it('logs every request with its body', async () => {
    await fetch(`${server.origin}/somewhere?q=1`, { method: 'POST', body: 'typed words' })
    expect(server.requests.at(-1)).toEqual({ method: 'POST', url: '/somewhere?q=1', body: 'typed words' })
  })
})

describe('the browser requirement', () => {
  it('is off on a developer machine', () => {
    expect(isBrowserRequired({})).toBe(false)
    expect(isBrowserRequired({ CI: 'false' })).toBe(false)
  })

  it('is on in CI or when asked for', () => {
    expect(isBrowserRequired({ CI: 'true' })).toBe(true)
    expect(isBrowserRequired({ CI: '1' })).toBe(true)
    expect(isBrowserRequired({ FAQ_WIDGET_REQUIRE_BROWSER: '1' })).toBe(true)
  })
})

/** A page that renders every payload into its own open shadow root, either
 * as text (safe) or with innerHTML and unchecked hrefs (unsafe). */
function rendererPage(mode: 'safe' | 'unsafe'): string {
  const script = `
const payloads = ${inlineJson(xssPayloads)}
const hrefs = ${inlineJson(unsafeHrefs)}
const unsafe = ${mode === 'unsafe'}
const mount = (id) => {
  const host = document.createElement('div')
  host.id = id
  document.body.append(host)
  return host.attachShadow({ mode: 'open' })
}
payloads.forEach((payload, i) => {
  const p = document.createElement('p')
  if (unsafe) p.innerHTML = payload
  else p.textContent = payload
  mount('text-' + i).append(p)
})
hrefs.forEach((href, i) => {
  const a = document.createElement('a')
  a.textContent = 'read more'
  a.setAttribute('href', unsafe ? href : 'https://example.org/')
  mount('href-' + i).append(a)
})
`
  return hostPage({ body: `<script>${script}</script>` })
}

describeInBrowser('the XSS checks', () => {
  const chromium = useChromium()
  let baseline: DomSnapshot

  beforeAll(async () => {
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: rendererPage('safe') }))
    baseline = await snapshotDom(page)
    await page.close()
  })

  it('find nothing wrong when every payload is rendered as text', async () => {
    const page = await chromium.context.newPage()
    const dialogs = trapDialogs(page)
    await page.goto(server.addPage({ html: rendererPage('safe') }))
    await page.waitForTimeout(300)
    const after = await snapshotDom(page)
    expect(dialogs).toEqual([])
    expect(findXssProblems(after, baseline)).toEqual([])
    expect(after.shadows.map((s) => s.text)).toEqual(expect.arrayContaining([...xssPayloads]))
    await page.close()
  })

  it('catch a renderer that uses innerHTML and unchecked hrefs', async () => {
    const page = await chromium.context.newPage()
    const dialogs = trapDialogs(page)
    await page.goto(server.addPage({ html: rendererPage('unsafe') }))
    // Handlers such as img onerror run after a failed load.
    await page.waitForFunction(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined)
    await page.waitForTimeout(300)
    const after = await snapshotDom(page)
    await page.close()

    expect(dialogs.length).toBeGreaterThan(0)
    expect(findXssProblems(after, baseline)).toContain('window.__pwned was set to 1')

    const caught = (prefix: string) =>
      after.shadows
        .filter((shadow) => shadow.host.startsWith(prefix))
        .filter((shadow) => findXssProblems({ ...baseline, shadows: [shadow] }, baseline).length > 0).length
    // Every unsafe href is caught; markup payloads are caught unless they
    // are harmful only through double decoding or templating, or dropped by
    // the HTML parser itself (12 of 70 on Chromium 156).
    expect(caught('href-')).toBe(unsafeHrefs.length)
    expect(caught('text-')).toBeGreaterThanOrEqual(55)
  })
})

/** A shadow root with an unlabelled 16 px button (default focus ring) and
 * two labelled ones, one with its own focus outline and one whose outline is
 * removed. */
const flawedControlsPage = hostPage({
  body: `<div id="flawed"></div><script>
const root = document.getElementById('flawed').attachShadow({ mode: 'open' })
root.innerHTML = \`<style>
  button { width: 40px; height: 40px; }
  .tiny { width: 16px; height: 16px; }
  .bare:focus { outline: none; }
  .ringed:focus-visible { outline: 3px solid blue; }
</style>
<div class="panel"><button class="tiny"></button><button class="ringed">Ask</button><button class="bare">Close</button></div>\`
</script>`,
})

describeInBrowser('the accessibility checks', () => {
  const chromium = useChromium()

  it('see inside the shadow root: axe reports the unlabelled button', async () => {
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: flawedControlsPage }))
    const violations = await axeViolations(page, '#flawed', '.panel')
    await page.close()
    expect(violations.map((v) => v.id)).toContain('button-name')
  })

  it('measure a control under 24 by 24 px', async () => {
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: flawedControlsPage }))
    const small = tooSmall(await measureTargets(page))
    await page.close()
    expect(small).toEqual([{ name: 'button "button"', width: 16, height: 16 }])
  })

  it('tell a drawn focus from a removed one', async () => {
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: flawedControlsPage }))
    const steps = await tabThroughFocus(page, 3)
    await page.close()
    expect(steps.map((s) => [s.name, s.indicated])).toEqual([
      ['button ""', true],
      ['button "Ask"', true],
      ['button "Close"', false],
    ])
  })
})
