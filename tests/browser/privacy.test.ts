// Privacy in the real browser (#5): a conversation requests nothing but the
// widget's own files, what the visitor types leaves in no request, nothing is
// stored; with the persist option the conversation survives a reload.
import type { Page, Request } from 'playwright-core'
import { expect, it } from 'vitest'
import { defaultStrings } from '../../src/widget/strings'
import { widgetConfig } from '../../src/widget/widgetConfig'
import { describeInBrowser, useChromium } from './browserSupport'
import { hostPage } from './hostPage'
import { useTestServer } from './testServer'
import { ask, haveFullConversation, launcher, messages, openByMouse, patience, widgetSnippet } from './widgetDriver'

const server = useTestServer()
/** Words no file of the widget contains, to look for in every request. */
const secret = 'zebra7431'

describeInBrowser("the visitor's privacy", () => {
  const chromium = useChromium()

  async function recordedPage(attributes: Record<string, string> = {}): Promise<{ page: Page; requests: Request[]; url: string }> {
    const page = await chromium.context.newPage()
    const requests: Request[] = []
    page.on('request', (request) => requests.push(request))
    const url = server.addPage({ html: hostPage({ body: widgetSnippet('/dist/', attributes) }) })
    await page.goto(url)
    return { page, requests, url }
  }

  async function converseWithSecrets(page: Page): Promise<void> {
    await openByMouse(page)
    await haveFullConversation(page)
    await ask(page, `my name is ${secret} and my back hurts after fusion`)
    await ask(page, `${secret}@example.com wants to know if fibrin helps`)
    await page.getByRole('button', { name: defaultStrings.yes }).first().click()
    await page.waitForTimeout(500)
  }

  it("requests only the page and the widget's own files, and no request carries what was typed", async () => {
    const { page, requests, url } = await recordedPage()
    const logged = server.requests.length
    await page.reload()
    await converseWithSecrets(page)
    const widgetFiles = ['faq-widget.js', 'faq-panel.js', 'corpus.json'].map((file) => `${server.origin}/dist/${file}`)
    const urls = [...new Set(requests.map((r) => r.url()))]
    expect(urls.filter((u) => u !== url && !widgetFiles.includes(u))).toEqual([])
    expect(urls).toEqual(expect.arrayContaining(widgetFiles))
    for (const request of requests) {
      expect(request.url()).not.toContain(secret)
      expect(request.postData() ?? '').not.toContain(secret)
    }
    // The server agrees: no request reached it with the words either.
    for (const received of server.requests.slice(logged)) {
      expect(received.url + received.body).not.toContain(secret)
    }
    await page.close()
  })

  it('leaves no cookie, no local or session storage, no database and no cache after a conversation', async () => {
    const { page } = await recordedPage()
    await converseWithSecrets(page)
    expect(await chromium.context.cookies()).toEqual([])
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: 'caches' in self ? (await caches.keys()).length : 0,
    }))
    expect(stored).toEqual({ local: 0, session: 0, databases: 0, caches: 0 })
    await page.close()
  })

  it('forgets the conversation on reload by default', async () => {
    const { page } = await recordedPage()
    await openByMouse(page)
    await ask(page, 'can fusion fail')
    await page.reload()
    await openByMouse(page)
    await page.waitForTimeout(300)
    // Only the greeting remains.
    expect(await messages(page).count()).toBe(1)
    await page.close()
  })

  it('keeps the conversation across a reload with the persist option, in sessionStorage only', async () => {
    const { page } = await recordedPage({ 'data-persist': 'true' })
    await openByMouse(page)
    await ask(page, 'can fusion fail')
    await ask(page, 'do you take medicare')
    const before = await messages(page).allInnerTexts()
    await page.reload()
    await launcher(page).click()
    await expect.poll(() => messages(page).count(), patience).toBe(before.length)
    expect(await messages(page).allInnerTexts()).toEqual(before)
    const keys = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: localStorage.length }))
    expect(keys).toEqual({ session: [widgetConfig.storageKey], local: 0 })
    expect(await chromium.context.cookies()).toEqual([])
    await page.close()
  })
})
