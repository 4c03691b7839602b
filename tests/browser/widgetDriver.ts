// How the browser tests use the widget (#5): as a visitor would, by role and
// visible text, which Playwright finds inside the open shadow root.
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { defaultStrings } from '../../src/widget/strings'
import { scriptTag } from './hostPage'

export const testTitle = 'Ask Valor Spine'

/** The snippet a marketer writes, pointing at `base` (a dist/ URL ending in
 * '/'), with the test title and any extra attributes. */
export function widgetSnippet(base: string, attributes: Record<string, string | true> = {}): string {
  return scriptTag(`${base}faq-widget.js`, { defer: true, 'data-title': testTitle, ...attributes })
}

export const launcher = (page: Page): Locator => page.getByRole('button', { name: testTitle })
export const panel = (page: Page): Locator => page.getByRole('dialog')
export const questionInput = (page: Page): Locator => page.getByRole('textbox', { name: defaultStrings.inputLabel })
export const closeButton = (page: Page): Locator => page.getByRole('button', { name: defaultStrings.close, exact: true })
export const conversation = (page: Page): Locator => page.getByRole('log')
/** Every message of the conversation: greeting, questions and replies. */
export const messages = (page: Page): Locator => conversation(page).locator('.msg')

/** Opens the panel with the mouse and waits for the input to take focus. */
export async function openByMouse(page: Page): Promise<void> {
  await launcher(page).click()
  await expect.poll(() => focusedControl(page)).toBe(`input "${defaultStrings.inputLabel}"`)
}

/** Types a question, sends it with Enter, and returns its reply once shown. */
export async function ask(page: Page, text: string): Promise<Locator> {
  const before = await messages(page).count()
  await questionInput(page).fill(text)
  await questionInput(page).press('Enter')
  await expect.poll(() => messages(page).count()).toBeGreaterThanOrEqual(before + 2)
  return messages(page).nth(before + 1)
}

/** The control that has focus, through shadow roots, as `tag "name"`. */
export function focusedControl(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    if (!el || el === document.body) return 'nothing'
    const label =
      el.getAttribute('aria-label') ||
      (el.id && el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).querySelector(`label[for="${el.id}"]`)?.textContent : null) ||
      (el as HTMLElement).innerText ||
      ''
    return `${el.localName} "${label.trim()}"`
  })
}

/** A CSS selector for the widget's shadow host, for axe's fromShadowDom. */
export async function hostSelector(page: Page): Promise<string> {
  const selector = await page.evaluate(() => {
    const hosts = Array.from(document.querySelectorAll('*')).filter((el) => el.shadowRoot)
    const host = hosts[0]
    if (!host) return null
    return host.id ? `#${host.id}` : host.localName
  })
  if (!selector) throw new Error('no shadow host found: the widget did not mount')
  return selector
}

/** Shadow hosts on the page: a single widget has exactly one. */
export function countShadowHosts(page: Page): Promise<number> {
  return page.evaluate(() => Array.from(document.querySelectorAll('*')).filter((el) => el.shadowRoot).length)
}
