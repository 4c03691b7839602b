// Attacks on the real widget (#5): 90 vectors typed as questions and planted
// in a corpus's questions, answers, link titles and hrefs, greeting, actions
// and disclaimer. Nothing may run, no element or attribute the widget does
// not use may appear, and no unsafe href may become a link. The same checks
// catch a deliberately unsafe renderer (harness.test.ts).
import type { Page } from 'playwright-core'
import { beforeAll, expect, it } from 'vitest'
import { defaultStrings } from '../../src/widget/strings'
import { describeInBrowser, useChromium } from './browserSupport'
import { hostPage } from './hostPage'
import { readDistCorpus, useTestServer } from './testServer'
import { ask, haveFullConversation, messages, openByMouse, widgetSnippet } from './widgetDriver'
import { buildXssCorpus } from './xssCorpus'
import { findXssProblems, snapshotDom, trapDialogs, type DomSnapshot } from './xssHarness'
import { unsafeHrefs, xssPayloads } from './xssPayloads'

const server = useTestServer()
const real = readDistCorpus()
const hostile = buildXssCorpus(real)

describeInBrowser('the widget under attack', () => {
  const chromium = useChromium()
  let baseline: DomSnapshot

  /** Asks each question, unfolds every full disclaimer, clicks each starter. */
  async function converse(page: Page, questions: readonly string[]): Promise<void> {
    for (const question of questions) await ask(page, question)
    for (const summary of await page.getByText(defaultStrings.fullDisclaimer).all()) await summary.click()
  }

  beforeAll(async () => {
    // A harmless conversation with the real corpus shows every element and
    // attribute the widget itself uses.
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: hostPage({ body: widgetSnippet(`${server.origin}/dist/`) }) }))
    await openByMouse(page)
    await haveFullConversation(page)
    await converse(page, hostile.targets.map((t) => t.ask))
    baseline = await snapshotDom(page)
    await page.close()
  }, 60_000)

  /** The hostile corpus's widget, open, with traps for dialogs and errors. */
  async function attackedPage(): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await chromium.context.newPage()
    const dialogs = trapDialogs(page)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const base = server.addWidgetVariant({ kind: 'json', body: hostile.corpus })
    await page.goto(server.addPage({ html: hostPage({ body: widgetSnippet(base) }) }))
    await openByMouse(page)
    return { page, dialogs, errors }
  }

  /** Nothing ran, nothing new appeared, no unsafe link, no pollution. */
  async function expectUnharmed(page: Page, dialogs: string[], errors: string[]): Promise<DomSnapshot> {
    await page.waitForTimeout(300)
    const after = await snapshotDom(page)
    expect(dialogs).toEqual([])
    expect(errors).toEqual([])
    expect(findXssProblems(after, baseline)).toEqual([])
    const inherited = await page.evaluate(() => {
      const keys: string[] = []
      for (const key in {}) keys.push(key)
      return keys
    })
    expect(inherited).toEqual([])
    return after
  }

  it('shows a corpus full of attacks as plain text, with no unsafe link', { timeout: 60_000 }, async () => {
    // Most carriers must be reachable, or the planted answers go unseen.
    expect(hostile.targets.length).toBeGreaterThanOrEqual(6)
    const { page, dialogs, errors } = await attackedPage()
    for (const target of hostile.targets) {
      const reply = await ask(page, target.ask)
      const planted = hostile.corpus.entries.find((e) => e.id === target.id)!
      expect(await reply.innerText()).toContain(planted.answer.at(-1))
    }
    await converse(page, [])
    for (const starter of await messages(page).first().getByRole('button').all()) await starter.click()
    await ask(page, 'do you take medicare')
    await ask(page, "I can't control my bladder")

    const shown = (await expectUnharmed(page, dialogs, errors)).shadows.map((s) => s.text).join('\n')
    expect(shown).toContain(hostile.corpus.greeting.text)
    expect(shown).toContain(hostile.corpus.fallback.text)
    expect(shown).toContain(hostile.corpus.urgent.message)
    expect(shown).toContain(hostile.corpus.disclaimer.full)
    for (const entry of hostile.corpus.entries.filter((e) => hostile.targets.some((t) => t.id === e.id))) {
      for (const passage of entry.answer) expect(shown).toContain(passage)
      for (const link of entry.links) expect(shown).toContain(link.title)
    }
    await page.close()
  })

  it('shows every attack typed as a question as plain text', { timeout: 60_000 }, async () => {
    const { page, dialogs, errors } = await attackedPage()
    for (const attack of [...xssPayloads, ...unsafeHrefs]) await ask(page, attack)
    const shown = (await expectUnharmed(page, dialogs, errors)).shadows.map((s) => s.text).join('\n')
    // A text field drops line breaks; every other vector is shown as typed.
    const intact = xssPayloads.filter((p) => !/[\n\r\u0000]/.test(p))
    expect(intact.filter((p) => !shown.includes(p.trim()))).toEqual([])
    await page.close()
  })
})
