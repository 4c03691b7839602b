// How the browser tests use the widget (#5): as a visitor would, by role and
// visible text, which Playwright finds inside the open shadow root.
import type { Locator, Page } from 'playwright-core'
import type { CompiledCorpus } from '../../src/corpus/schema'
import { createMatcher } from '../../src/match/createMatcher'
import { defaultStrings } from '../../src/widget/strings'
import { scriptTag } from './hostPage'
import { readDistCorpus } from './testServer'

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

/** Reads until `ok` holds; usable in hooks, where expect.poll is not. */
export async function waitUntil<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Opens the panel with the mouse and waits for the input to take focus
 * and the conversation to show: a count of messages taken while the corpus
 * still loads would be off by the greeting. */
export async function openByMouse(page: Page): Promise<void> {
  await launcher(page).click()
  const input = `input "${defaultStrings.inputLabel}"`
  await waitUntil(() => focusedControl(page), (f) => f === input, 'focus in the question field')
  await conversation(page).waitFor()
}

/** Types a question, sends it with Enter, and returns its reply once shown. */
export async function ask(page: Page, text: string): Promise<Locator> {
  // A question typed while the corpus loads is answered later, but the log
  // only appears then: count its messages once it is there.
  await conversation(page).waitFor()
  const before = await messages(page).count()
  await questionInput(page).fill(text)
  await questionInput(page).press('Enter')
  await waitUntil(() => messages(page).count(), (n) => n >= before + 2, `a reply to ${JSON.stringify(text)}`)
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

/** Questions that bring each kind of reply from the built corpus, chosen by
 * the matcher itself so that tuning it does not break these tests: the
 * answer's entry has related reading, the clarify offers 2–3 choices. */
export const { sampleQuestions, sampleAnswerEntryId } = pickSampleQuestions(readDistCorpus())

function pickSampleQuestions(corpus: CompiledCorpus) {
  const matcher = createMatcher(corpus)
  const withLinks = corpus.entries.filter((e) => e.links.length > 0)
  const answered = withLinks
    .flatMap((e) => e.alternates.map((question) => ({ question, id: e.id })))
    .find(({ question, id }) => {
      const result = matcher.match(question)
      return result?.kind === 'answer' && result.entry.id === id
    })
  const answer = answered?.question
  const clarify = ['disc', 'pain', 'surgery', 'back pain', 'fusion', 'recovery', 'fibrin', 'injection', 'spine', 'treatment'].find(
    (question) => matcher.match(question)?.kind === 'clarify',
  )
  if (!answer || !clarify) throw new Error('no sample question gives an answer with related reading, or a clarify: extend the lists in widgetDriver.ts')
  const samples = {
    answer,
    clarify,
    fallback: 'do you take medicare',
    urgent: "I can't control my bladder",
    smalltalk: 'hello',
  }
  for (const [kind, question] of Object.entries(samples)) {
    if (matcher.match(question)?.kind !== kind) throw new Error(`sample question ${JSON.stringify(question)} no longer gives a ${kind}: change it in widgetDriver.ts`)
  }
  return { sampleQuestions: Object.freeze(samples), sampleAnswerEntryId: answered!.id }
}

/** A conversation with one reply of every kind, and the full disclaimer of
 * the answer unfolded, so every part of the panel is on screen. */
export async function haveFullConversation(page: Page): Promise<void> {
  for (const question of Object.values(sampleQuestions)) await ask(page, question)
  await page.getByText(defaultStrings.fullDisclaimer).first().click()
}

export interface WidgetLayout {
  hosts: number
  launchers: number
  /** The launcher's box, and whether a click at its centre reaches it. */
  launcher: { left: number; top: number; right: number; bottom: number; reachable: boolean } | null
  panel: { width: number; height: number } | null
  /** Computed font size of the question field, px. */
  inputFontSize: number | null
  /** Smallest computed font size of any visible text in the widget, px. */
  smallestText: number
  /** Largest line height relative to its font size. */
  tallestLine: number
  direction: string | null
}

/** Where the widget is and how its text is set, as the page draws it. */
export function measureWidget(page: Page): Promise<WidgetLayout> {
  return page.evaluate(() => {
    const hosts = Array.from(document.querySelectorAll('*')).filter((el) => el.shadowRoot)
    const host = document.querySelector('faq-widget')
    const root = host?.shadowRoot
    const launchers = root ? root.querySelectorAll('.launcher').length : 0
    const box = (el: Element | null | undefined) => {
      if (!el) return null
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 ? r : null
    }
    const launcherBox = box(root?.querySelector('.launcher'))
    const reachable = !!launcherBox && document.elementFromPoint(launcherBox.x + launcherBox.width / 2, launcherBox.y + launcherBox.height / 2) === host
    const dialog = box(root?.querySelector('[role="dialog"]'))
    const input = root?.querySelector('input')
    let smallestText = Infinity
    let tallestLine = 0
    for (const el of Array.from(root?.querySelectorAll('*') ?? [])) {
      const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
      const r = el.getBoundingClientRect()
      if (!ownText || r.width <= 1 || r.height <= 1) continue
      const s = getComputedStyle(el)
      const size = parseFloat(s.fontSize)
      smallestText = Math.min(smallestText, size)
      if (s.lineHeight !== 'normal') tallestLine = Math.max(tallestLine, parseFloat(s.lineHeight) / size)
    }
    return {
      hosts: hosts.length,
      launchers,
      launcher: launcherBox && { left: launcherBox.left, top: launcherBox.top, right: launcherBox.right, bottom: launcherBox.bottom, reachable },
      panel: dialog && { width: dialog.width, height: dialog.height },
      inputFontSize: input ? parseFloat(getComputedStyle(input).fontSize) : null,
      smallestText,
      tallestLine,
      direction: dialog && root?.querySelector('[role="dialog"]') ? getComputedStyle(root.querySelector('[role="dialog"]')!).direction : null,
    }
  })
}

/** How long expect.poll waits: generous, for a machine busy with other work. */
export const patience = Object.freeze({ timeout: 10_000 })
