// The widget on a phone-sized screen (#5): at 375×667 with touch, the open
// panel fills the screen, the input's font is at least 16 px (so iOS does
// not zoom), and nothing scrolls sideways.
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { describeInBrowser, useChromium } from './browserSupport'
import { hostPage } from './hostPage'
import { useTestServer } from './testServer'
import { ask, closeButton, focusedControl, haveFullConversation, launcher, measureWidget, panel, questionInput, testTitle, widgetSnippet } from './widgetDriver'

const server = useTestServer()
const phone = { width: 375, height: 667 }

describeInBrowser('the widget on a phone', () => {
  const chromium = useChromium({ viewport: phone, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  async function phonePage(): Promise<Page> {
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: hostPage({ body: widgetSnippet('/dist/') }) }))
    await launcher(page).waitFor()
    return page
  }

  const sideways = (page: Page) => page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: innerWidth }))

  it('shows the launcher inside the screen, big enough to tap', async () => {
    const page = await phonePage()
    const { launcher: box } = await measureWidget(page)
    expect(box!.left).toBeGreaterThanOrEqual(0)
    expect(box!.right).toBeLessThanOrEqual(phone.width)
    expect(box!.bottom).toBeLessThanOrEqual(phone.height)
    expect(box!.bottom - box!.top).toBeGreaterThanOrEqual(44)
    await page.close()
  })

  it('fills the screen when opened by a tap, with a 16 px input and nothing scrolling sideways', async () => {
    const page = await phonePage()
    await launcher(page).tap()
    await panel(page).waitFor()
    await haveFullConversation(page)
    await ask(page, 'supercalifragilisticexpialidociousspinalfusionrecoverytimelinequestionwithoutanyspaces')
    const box = (await panel(page).boundingBox())!
    expect(box).toEqual({ x: 0, y: 0, width: phone.width, height: phone.height })
    expect(await questionInput(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16)
    const input = (await questionInput(page).boundingBox())!
    expect(input.y + input.height).toBeLessThanOrEqual(phone.height)
    expect(await sideways(page)).toEqual({ page: phone.width, viewport: phone.width })
    // Nothing inside the panel overflows sideways either.
    const overflow = await page.evaluate(() => {
      const log = document.querySelector('faq-widget')!.shadowRoot!.querySelector('[role="log"]')!
      return log.scrollWidth - log.clientWidth
    })
    expect(overflow).toBe(0)
    await page.close()
  })

  it('hides the launcher while open and gives it back, with focus, when closed', async () => {
    const page = await phonePage()
    await launcher(page).tap()
    await panel(page).waitFor()
    expect(await launcher(page).isVisible()).toBe(false)
    await closeButton(page).tap()
    expect(await panel(page).isVisible()).toBe(false)
    expect(await launcher(page).isVisible()).toBe(true)
    expect(await focusedControl(page)).toBe(`button "${testTitle}"`)
    await page.close()
  })
})
