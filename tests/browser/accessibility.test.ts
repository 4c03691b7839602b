// Accessibility of the real widget in Chromium (#5): axe with the WCAG 2.0,
// 2.1 and 2.2 A/AA rules inside the shadow root, closed, open with a
// conversation, in dark mode and at 320 px; 24 px targets; visible focus.
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { axeCheckedNodes, axeViolations, measureTargets, tabThroughFocus, tooSmall } from './accessibilityChecks'
import { describeInBrowser, useChromium } from './browserSupport'
import { hostPage } from './hostPage'
import { useTestServer } from './testServer'
import { haveFullConversation, hostSelector, launcher, openByMouse, testTitle, widgetSnippet } from './widgetDriver'

const server = useTestServer()

describeInBrowser('the widget, for people using assistive technology', () => {
  const chromium = useChromium()

  async function clinicPage(): Promise<Page> {
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: hostPage({ body: widgetSnippet(`${server.origin}/dist/`) }) }))
    await launcher(page).waitFor()
    return page
  }

  async function openConversation(page: Page): Promise<void> {
    await openByMouse(page)
    await haveFullConversation(page)
  }

  async function violations(page: Page) {
    const host = await hostSelector(page)
    // An empty scope would pass silently: axe must have looked at controls.
    expect(await axeCheckedNodes(page, host, '*')).toBeGreaterThan(0)
    return axeViolations(page, host, '*')
  }

  it('has no WCAG A/AA violation with the panel closed', async () => {
    const page = await clinicPage()
    expect(await violations(page)).toEqual([])
    await page.close()
  })

  it('has none open with a conversation of every kind of reply', async () => {
    const page = await clinicPage()
    await openConversation(page)
    expect(await violations(page)).toEqual([])
    await page.close()
  })

  it('has none in dark mode', async () => {
    const page = await clinicPage()
    await page.emulateMedia({ colorScheme: 'dark' })
    await openConversation(page)
    expect(await violations(page)).toEqual([])
    await page.close()
  })

  it('has none at 320 px wide (reflow), and nothing scrolls sideways', async () => {
    const page = await clinicPage()
    await page.setViewportSize({ width: 320, height: 640 })
    await openConversation(page)
    expect(await violations(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await page.close()
  })

  it('has none in inline mode, drawn into an FAQ page as a labelled region', async () => {
    const page = await chromium.context.newPage()
    const body = '<section id="ask"><h2>Ask us</h2></section>' + widgetSnippet('/dist/', { 'data-inline': '#ask' })
    await page.goto(server.addPage({ html: hostPage({ body }) }))
    await page.getByRole('region', { name: testTitle }).waitFor()
    expect(await launcher(page).count()).toBe(0)
    await haveFullConversation(page)
    expect(await violations(page)).toEqual([])
    await page.close()
  })

  it('does not animate the panel for a visitor who asks for reduced motion', async () => {
    const page = await clinicPage()
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openByMouse(page)
    // Computed styles, not running animations: they do not depend on timing.
    const moving = await page.evaluate(() =>
      Array.from(document.querySelector('faq-widget')!.shadowRoot!.querySelectorAll('*'))
        .map((el) => ({ el: `${el.localName}.${el.className}`, style: getComputedStyle(el) }))
        .filter(({ style }) => style.animationName !== 'none' || style.transitionDuration.split(',').some((d) => parseFloat(d) > 0))
        .map(({ el, style }) => `${el}: ${style.animationName} ${style.transitionDuration}`),
    )
    expect(moving).toEqual([])
    await page.close()
  })

  it('makes every control at least 24 by 24 px', async () => {
    const page = await clinicPage()
    const closed = await measureTargets(page)
    await openConversation(page)
    const open = await measureTargets(page)
    expect(closed.length).toBeGreaterThan(0)
    expect(open.length).toBeGreaterThan(10)
    expect(tooSmall([...closed, ...open])).toEqual([])
    await page.close()
  })

  it('draws focus on every control reached with Tab', async () => {
    const page = await clinicPage()
    await openConversation(page)
    const count = await page.evaluate(() => {
      const root = document.querySelector('faq-widget')?.shadowRoot
      return root ? root.querySelectorAll('button, a[href], input, summary, [tabindex="0"]').length : 0
    })
    const steps = await tabThroughFocus(page, count)
    expect(steps.length).toBeGreaterThan(10)
    expect(steps.filter((s) => !s.indicated)).toEqual([])
    await page.close()
  })
})
