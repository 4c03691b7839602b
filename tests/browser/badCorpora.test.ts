// The widget when corpus.json fails (#5): 404, 500, an HTML page, truncated
// JSON, or no answer at all. The visitor is told plainly that answers are
// unavailable and still gets the contact and schedule links; the page sees
// no uncaught exception and no spinner that never ends.
import { expect, it } from 'vitest'
import { defaultStrings } from '../../src/widget/strings'
import { widgetConfig } from '../../src/widget/widgetConfig'
import { describeInBrowser, useChromium } from './browserSupport'
import { hostPage } from './hostPage'
import { useTestServer, type CorpusBehaviour } from './testServer'
import { focusedControl, launcher, panel, patience, questionInput, widgetSnippet } from './widgetDriver'

const server = useTestServer()

const failures: [string, CorpusBehaviour][] = [
  ['answers 404', { kind: 'status', status: 404 }],
  ['answers 500', { kind: 'status', status: 500 }],
  ['is an HTML page', { kind: 'html' }],
  ['is truncated JSON', { kind: 'truncated' }],
  ['never answers', { kind: 'hang' }],
]

describeInBrowser('the widget when its corpus cannot be read', () => {
  const chromium = useChromium()

  for (const [what, behaviour] of failures) {
    it(`says answers are unavailable and offers the clinic's links when corpus.json ${what}`, { timeout: widgetConfig.corpusTimeoutMs + 15_000 }, async () => {
      const page = await chromium.context.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      const warnings: string[] = []
      page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()))
      await page.goto(server.addPage({ html: hostPage({ body: widgetSnippet(server.addWidgetVariant(behaviour)) }) }))
      await launcher(page).click()
      await panel(page).waitFor()

      const notice = panel(page).getByRole('alert')
      await notice.waitFor({ timeout: widgetConfig.corpusTimeoutMs + 5_000 })
      expect(await notice.innerText()).toContain(defaultStrings.unavailable)
      expect(await notice.getByRole('link', { name: defaultStrings.schedule }).getAttribute('href')).toBe(widgetConfig.scheduleUrl)
      expect(await notice.getByRole('link', { name: defaultStrings.contact }).getAttribute('href')).toBe(widgetConfig.contactUrl)
      // Nothing left spinning, and no field that can no longer answer.
      expect(await panel(page).getByText(defaultStrings.loading).count()).toBe(0)
      expect(await questionInput(page).count()).toBe(0)
      expect(errors).toEqual([])
      // The console names the problem for whoever installed the widget.
      expect(warnings.some((w) => w.startsWith('[faq-widget]') && w.includes('corpus.json'))).toBe(true)
      await page.close()
    })
  }

  it('puts focus on the close button when answers are unavailable on opening', async () => {
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: hostPage({ body: widgetSnippet(server.addWidgetVariant({ kind: 'status', status: 500 })) }) }))
    await page.waitForLoadState('networkidle')
    await launcher(page).click()
    await panel(page).getByRole('alert').waitFor()
    expect(await focusedControl(page)).toBe(`button "${defaultStrings.close}"`)
    await page.close()
  })

  // While the corpus loads the question field has focus; when loading then
  // fails (here a timeout) the field goes away, and focus must not fall to
  // the page's <body>.
  it('keeps focus inside the panel when answers become unavailable while the field has focus', { timeout: widgetConfig.corpusTimeoutMs + 15_000 }, async () => {
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: hostPage({ body: widgetSnippet(server.addWidgetVariant({ kind: 'hang' })) }) }))
    await launcher(page).click()
    await expect.poll(() => focusedControl(page), patience).toBe(`input "${defaultStrings.inputLabel}"`)
    await panel(page).getByRole('alert').waitFor({ timeout: widgetConfig.corpusTimeoutMs + 5_000 })
    expect(await focusedControl(page)).toBe(`button "${defaultStrings.close}"`)
    await page.close()
  })

  it("uses the page's own schedule and contact links when it has set them", async () => {
    const page = await chromium.context.newPage()
    const attributes = { 'data-schedule-url': 'https://clinic.example/book', 'data-contact-url': 'tel:+15555550100' }
    await page.goto(server.addPage({ html: hostPage({ body: widgetSnippet(server.addWidgetVariant({ kind: 'status', status: 404 }), attributes) }) }))
    await launcher(page).click()
    const notice = panel(page).getByRole('alert')
    expect(await notice.getByRole('link', { name: defaultStrings.schedule }).getAttribute('href')).toBe('https://clinic.example/book')
    expect(await notice.getByRole('link', { name: defaultStrings.contact }).getAttribute('href')).toBe('tel:+15555550100')
    await page.close()
  })
})
