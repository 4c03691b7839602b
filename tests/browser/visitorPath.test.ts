// The visitor's path through the real widget in Chromium (#5): open it by
// mouse or keyboard, ask in lay words, pick a "Did you mean", reach the calls
// to action, meet the urgent-care message, and close back to the launcher.
import type { Page } from 'playwright-core'
import { expect, it } from 'vitest'
import { defaultStrings } from '../../src/widget/strings'
import { describeInBrowser, useChromium } from './browserSupport'
import { hostPage } from './hostPage'
import { readDistCorpus, useTestServer } from './testServer'
import {
  ask,
  closeButton,
  focusedControl,
  launcher,
  messages,
  openByMouse,
  panel,
  patience,
  questionInput,
  sampleAnswerEntryId,
  sampleQuestions,
  testTitle,
  widgetSnippet,
} from './widgetDriver'

const server = useTestServer()

describeInBrowser('the visitor', () => {
  const chromium = useChromium()
  const corpus = readDistCorpus()
  const entry = (id: string) => corpus.entries.find((e) => e.id === id)!

  async function clinicPage(): Promise<Page> {
    const page = await chromium.context.newPage()
    await page.goto(server.addPage({ html: hostPage({ body: widgetSnippet(`${server.origin}/dist/`) }) }))
    return page
  }

  it('opens the panel with the mouse, and focus lands in the question field', async () => {
    const page = await clinicPage()
    await expect.poll(() => launcher(page).getAttribute('aria-expanded'), patience).toBe('false')
    await openByMouse(page)
    expect(await panel(page).isVisible()).toBe(true)
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('true')
    await page.close()
  })

  it('does everything by keyboard alone: Tab to the launcher, Enter, type, Enter, Escape', async () => {
    const page = await clinicPage()
    await launcher(page).waitFor()
    await page.keyboard.press('Tab')
    expect(await focusedControl(page)).toBe(`button "${testTitle}"`)
    await page.keyboard.press('Enter')
    await expect.poll(() => focusedControl(page), patience).toBe(`input "${defaultStrings.inputLabel}"`)
    await page.keyboard.type(sampleQuestions.answer)
    await page.keyboard.press('Enter')
    await expect.poll(() => messages(page).last().innerText(), patience).toContain(entry(sampleAnswerEntryId).answer[0])
    await page.keyboard.press('Escape')
    expect(await panel(page).isVisible()).toBe(false)
    expect(await focusedControl(page)).toBe(`button "${testTitle}"`)
    await page.close()
  })

  it('gets the quoted answer to a lay question, with its source link and the disclaimer', async () => {
    const page = await clinicPage()
    await openByMouse(page)
    const reply = await ask(page, 'will i still be able to bend after the fibrin shot')
    const text = await reply.innerText()
    expect(text).toMatch(/preserving the natural range of motion|maintains the natural mobility/)
    const answer = entry('fibrin-preserves-mobility')
    const source = reply.getByRole('link', { name: answer.sources[0]!.title })
    expect(await source.getAttribute('href')).toBe(answer.sources[0]!.url)
    expect(text).toContain(corpus.disclaimer.short)
    await page.close()
  })

  it('gets related reading as links under an answer that has some', async () => {
    const page = await clinicPage()
    await openByMouse(page)
    const reply = await ask(page, sampleQuestions.answer)
    const answer = entry(sampleAnswerEntryId)
    expect(answer.links.length).toBeGreaterThan(0)
    expect(await reply.innerText()).toContain(defaultStrings.relatedReading)
    for (const link of answer.links) {
      expect(await reply.getByRole('link', { name: link.title }).getAttribute('href')).toBe(link.href)
    }
    await page.close()
  })

  it('picks a "Did you mean" candidate and gets that answer', async () => {
    const page = await clinicPage()
    await openByMouse(page)
    const reply = await ask(page, sampleQuestions.clarify)
    expect(await reply.innerText()).toContain(defaultStrings.didYouMean)
    const choices = reply.getByRole('button')
    expect(await choices.count()).toBeGreaterThanOrEqual(2)
    // The last choice, so that a widget answering with the first one fails.
    const question = await choices.last().innerText()
    const picked = corpus.entries.find((e) => e.question === question)!
    const before = await messages(page).count()
    await choices.last().click()
    await expect.poll(() => messages(page).count(), patience).toBe(before + 2)
    const answer = await messages(page).last().innerText()
    expect(answer).toContain(picked.question)
    expect(answer).toContain(picked.answer[0])
    await page.close()
  })

  it('reaches the calls to action when there is no vetted answer', async () => {
    const page = await clinicPage()
    await openByMouse(page)
    const reply = await ask(page, 'do you take medicare')
    expect(await reply.innerText()).toContain(corpus.fallback.text)
    for (const id of corpus.fallback.actions) {
      const action = corpus.actions.find((a) => a.id === id)!
      expect(await reply.getByRole('link', { name: action.label }).getAttribute('href')).toBe(action.href)
    }
    await page.close()
  })

  it('sees only the urgent-care message for a red flag', async () => {
    const page = await clinicPage()
    await openByMouse(page)
    const before = await messages(page).count()
    const reply = await ask(page, "I can't control my bladder")
    const text = await reply.innerText()
    expect(text).toContain(corpus.urgent.message)
    for (const action of corpus.urgent.actions) {
      expect(await reply.getByRole('link', { name: action.label }).getAttribute('href')).toBe(action.href)
    }
    // Nothing from the FAQ beside it: no answer, source, reading or choices.
    expect(await messages(page).count()).toBe(before + 2)
    for (const faqOnly of [defaultStrings.source, defaultStrings.relatedReading, defaultStrings.didYouMean, corpus.disclaimer.short]) {
      expect(text).not.toContain(faqOnly)
    }
    await page.close()
  })

  it('closes with Escape and with the close button, focus back on the launcher each time', async () => {
    const page = await clinicPage()
    await openByMouse(page)
    await page.keyboard.press('Escape')
    expect(await panel(page).isVisible()).toBe(false)
    expect(await focusedControl(page)).toBe(`button "${testTitle}"`)
    await openByMouse(page)
    await closeButton(page).click()
    expect(await panel(page).isVisible()).toBe(false)
    expect(await launcher(page).getAttribute('aria-expanded')).toBe('false')
    expect(await focusedControl(page)).toBe(`button "${testTitle}"`)
    await page.close()
  })

  it('keeps focus in the question field after sending, ready for the next one', async () => {
    const page = await clinicPage()
    await openByMouse(page)
    await ask(page, 'can fusion fail')
    expect(await questionInput(page).inputValue()).toBe('')
    expect(await focusedControl(page)).toBe(`input "${defaultStrings.inputLabel}"`)
    await page.close()
  })
})
