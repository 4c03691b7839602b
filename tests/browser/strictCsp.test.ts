// The widget under strict Content-Security-Policies (#5): same-origin only
// with no unsafe-inline, nonces with and without strict-dynamic, and Trusted
// Types. The whole path must work and the page must report no violation.
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { defaultStrings } from '../../src/widget/strings'
import { describeInBrowser, useChromium } from './browserSupport'
import { hostPage } from './hostPage'
import { useTestServer } from './testServer'
import { haveFullConversation, launcher, messages, openByMouse, patience, sampleQuestions, widgetSnippet } from './widgetDriver'

const server = useTestServer()
const nonce = 'r4nd0mN0nce'

const policies: { name: string; csp: string; nonce?: string }[] = [
  { name: "'self' only, no unsafe-inline", csp: "default-src 'self'; style-src 'self'; script-src 'self'" },
  { name: "a nonce with 'strict-dynamic'", csp: `default-src 'self'; style-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`, nonce },
  { name: 'a nonce alone (added scripts need it too)', csp: `default-src 'self'; style-src 'self'; script-src 'nonce-${nonce}'`, nonce },
  { name: 'Trusted Types required', csp: "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'" },
]

/** Runs before any page script: every violation lands in window.__csp. */
async function listenForViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = [])
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || e.sample}`), true)
  })
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)

describeInBrowser('the widget under a strict Content-Security-Policy', () => {
  const chromium = useChromium()

  async function strictPage(csp: string, html: string): Promise<{ page: Page; errors: string[] }> {
    const page = await chromium.context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (/Content.Security.Policy|Trusted Type/i.test(message.text())) errors.push(message.text())
    })
    await listenForViolations(page)
    await page.goto(server.addPage({ html, headers: { 'content-security-policy': csp } }))
    return { page, errors }
  }

  it('reports a violation when a page breaks its own policy (test of the test)', async () => {
    const { page } = await strictPage("default-src 'self'; style-src 'self'", hostPage({ head: '<style>body{color:red}</style>' }))
    await expect.poll(() => violations(page), patience).toEqual([expect.stringContaining('style-src')])
    await page.close()
  })

  for (const policy of policies) {
    it(`works through the whole path with ${policy.name}, and nothing is blocked`, async () => {
      const snippet = widgetSnippet(`${server.origin}/dist/`, policy.nonce ? { nonce: policy.nonce } : {})
      const { page, errors } = await strictPage(policy.csp, hostPage({ body: snippet }))
      await openByMouse(page)
      await haveFullConversation(page)
      const texts = await messages(page).allInnerTexts()
      expect(texts.some((t) => t.includes(defaultStrings.relatedReading))).toBe(true)
      expect(texts.some((t) => t.includes(defaultStrings.didYouMean))).toBe(true)
      expect(texts.join('\n')).toContain(sampleQuestions.urgent)
      // Styled, not bare: the adopted stylesheets were allowed.
      const look = await launcher(page).evaluate((el) => {
        const s = getComputedStyle(el)
        return { background: s.backgroundColor, radius: s.borderRadius }
      })
      expect(look).toEqual({ background: 'rgb(11, 92, 171)', radius: '26px' })
      expect(await violations(page)).toEqual([])
      expect(errors).toEqual([])
      await page.close()
    })
  }
})
