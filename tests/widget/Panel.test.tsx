// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { defaultStrings } from '../../src/widget/strings'
import { makeEntry, makeModel, settle } from './fixtures'
import { renderPanel, rerendered, textOf } from './renderPanel'

afterEach(() => {
  document.body.innerHTML = ''
})

async function readyPanel(setup: Parameters<typeof makeModel>[0] = {}) {
  const made = makeModel(setup)
  const view = renderPanel(made.model)
  await settle()
  await rerendered()
  return { ...made, ...view }
}

async function askAndRead(text: string) {
  const panel = await readyPanel()
  panel.model.ask(text)
  await rerendered()
  const replies = panel.shadow.querySelectorAll('.msg')
  return { ...panel, reply: replies[replies.length - 1]! }
}

describe('the panel', () => {
  it('is a dialog labelled by its heading, with a close button, a log and a labelled input', async () => {
    const { shadow } = await readyPanel()
    const dialog = shadow.querySelector('[role="dialog"]')!
    const heading = shadow.getElementById(dialog.getAttribute('aria-labelledby')!)
    expect(textOf(heading)).toBe('Ask Valor Spine')
    expect(shadow.querySelector(`button[aria-label="${defaultStrings.close}"]`)).not.toBeNull()
    expect(shadow.querySelector('[role="log"]')).not.toBeNull()
    const input = shadow.querySelector('input')!
    expect(textOf(shadow.querySelector(`label[for="${input.id}"]`))).toBe(defaultStrings.inputLabel)
    expect(input.maxLength).toBe(300)
  })

  it('is a region without a close button when inline', async () => {
    const { model } = makeModel()
    const { shadow } = renderPanel(model, true)
    expect(shadow.querySelector('[role="region"]')).not.toBeNull()
    expect(shadow.querySelector(`button[aria-label="${defaultStrings.close}"]`)).toBeNull()
  })

  it('says it is loading until the corpus arrives', () => {
    const { model } = makeModel({ corpus: new Promise(() => {}) })
    const { shadow } = renderPanel(model)
    expect(textOf(shadow.querySelector('[role="status"]'))).toBe(defaultStrings.loading)
  })

  it('says plainly that answers are unavailable and still links to contact and scheduling', async () => {
    const { shadow } = await readyPanel({ corpus: Promise.reject(new Error('[faq-widget] corpus answered HTTP 500')) })
    expect(textOf(shadow.querySelector('[role="alert"]'))).toContain(defaultStrings.unavailable)
    const links = [...shadow.querySelectorAll('a')].map((a) => [textOf(a), a.getAttribute('href')])
    expect(links).toEqual([
      [defaultStrings.schedule, '/schedule-appointment'],
      [defaultStrings.contact, '/contact'],
    ])
    expect(shadow.querySelector('[role="status"]')).toBeNull()
    expect(shadow.querySelector('input')).toBeNull()
  })

  it('opens with the greeting and the starter questions as buttons', async () => {
    const { shadow, model } = await readyPanel()
    expect(textOf(shadow.querySelector('.greeting'))).toContain('Hello! Ask about back pain.')
    const starter = [...shadow.querySelectorAll('button')].find((b) => textOf(b) === 'Question of recovery?')!
    starter.click()
    await rerendered()
    expect(model.messages.value.map((m) => m.kind)).toEqual(['question', 'answer'])
    expect(textOf(shadow.querySelector('.answer h3'))).toBe('Question of recovery?')
  })

  it('shows the visitor’s question as text, never as markup', async () => {
    const { shadow } = await readyPanel()
    const input = shadow.querySelector('input')!
    input.value = '<img src=x onerror="window.__pwned=1"><b>bold</b>'
    shadow.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }))
    await rerendered()
    expect(textOf(shadow.querySelector('.question p'))).toBe('<img src=x onerror="window.__pwned=1"><b>bold</b>')
    expect(shadow.querySelector('img, b')).toBeNull()
    expect(input.value).toBe('')
  })

  it('shows an answer with its passages, source, related reading, disclaimer and a feedback vote', async () => {
    const { reply, shadow, events } = await askAndRead('how long is recovery')
    expect(textOf(reply.querySelector('h3'))).toBe('Question of recovery?')
    expect([...reply.querySelectorAll(':scope > p[dir="auto"]')].map(textOf)).toEqual(['First passage of recovery.', 'Second passage of recovery.'])
    const source = reply.querySelector('.source a')!
    expect([textOf(source), source.getAttribute('href')]).toEqual(['Spinal Fusion Alternatives', '/blog/spinal-fusion-alternatives'])
    expect(textOf(reply.querySelector('h4'))).toBe(defaultStrings.relatedReading)
    expect(reply.querySelector('.related a')?.getAttribute('href')).toBe('/blog/biologic-disc-repair')
    expect(textOf(reply.querySelector('.disclaimer'))).toContain('General information only, not medical advice.')
    expect(textOf(reply.querySelector('details summary'))).toBe(defaultStrings.fullDisclaimer)
    expect(textOf(reply.querySelector('details'))).toContain('The full disclaimer text.')

    const yes = [...reply.querySelectorAll('button')].find((b) => textOf(b) === defaultStrings.yes)!
    yes.click()
    await rerendered()
    expect(textOf(shadow.querySelector('.answer .feedback'))).toBe(defaultStrings.thanks)
    expect(events.at(-1)).toEqual({ name: 'feedback', detail: { entryId: 'recovery', helpful: true } })
  })

  it('offers "Did you mean" candidates as buttons, and a pick shows that answer', async () => {
    const { reply, shadow, model } = await askAndRead('fusion')
    expect(textOf(reply)).toContain(defaultStrings.didYouMean)
    const choices = [...reply.querySelectorAll('button')]
    expect(choices.map(textOf)).toEqual(['Question of risks?', 'Question of hardware?'])
    choices[1]!.click()
    await rerendered()
    const last = model.messages.value.at(-1)!
    expect(last.kind === 'answer' && last.entry.id).toBe('hardware')
    expect(textOf(shadow.querySelectorAll('.answer h3')[0])).toBe('Question of hardware?')
  })

  it('shows the fallback message with the calls to action as links', async () => {
    const { reply } = await askAndRead('do you take medicare')
    expect(textOf(reply.querySelector('p'))).toBe('Sorry, there is no vetted answer to that here.')
    expect([...reply.querySelectorAll('a.cta')].map((a) => a.getAttribute('href'))).toEqual(['/schedule-appointment', '/contact'])
  })

  it('shows the urgent message alone, marked urgent, with its phone actions', async () => {
    const { reply } = await askAndRead('I cannot control my bladder')
    expect(reply.classList.contains('urgent')).toBe(true)
    expect(textOf(reply)).toContain('This may be an emergency. Call 911 now.')
    expect([...reply.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['tel:911'])
    expect(reply.querySelector('h3, .disclaimer, .related')).toBeNull()
  })

  it('answers small talk with the clinic’s reply', async () => {
    const { reply } = await askAndRead('hello')
    expect(textOf(reply)).toBe('Hello! What would you like to know?')
  })

  it('closes on Escape', async () => {
    const { shadow, closed } = await readyPanel()
    shadow.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(closed()).toBe(1)
  })
})

describe('links in answers', () => {
  async function answerWithLinks(links: { title: string; href: string }[]) {
    const made = makeModel()
    const view = renderPanel(made.model)
    await settle()
    made.corpus.entries.push(makeEntry('linked', { links }))
    made.model.choose('linked')
    await rerendered()
    return view.shadow.querySelector('.answer:last-of-type')!
  }

  it('renders an unsafe href as plain text, never as a link', async () => {
    const card = await answerWithLinks([
      { title: 'Script', href: 'javascript:alert(1)' },
      { title: 'Data', href: 'data:text/html,<script>alert(1)</script>' },
      { title: 'Elsewhere', href: '//evil.example/x' },
    ])
    expect(card.querySelectorAll('.related a')).toHaveLength(0)
    expect([...card.querySelectorAll('.related li')].map(textOf)).toEqual(['Script', 'Data', 'Elsewhere'])
  })

  it('opens links that leave the site in a new tab without handing it the page', async () => {
    const card = await answerWithLinks([{ title: 'NHS', href: 'https://www.nhs.uk/conditions/back-pain/' }])
    const link = card.querySelector('.related a')!
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(textOf(link)).toBe(`NHS ${defaultStrings.newTab}`)
  })

  it('reports a followed link with its answer', async () => {
    const made = makeModel()
    const view = renderPanel(made.model)
    await settle()
    made.model.choose('recovery')
    await rerendered()
    const link = view.shadow.querySelector<HTMLAnchorElement>('.related a')!
    link.addEventListener('click', (e) => e.preventDefault())
    link.click()
    expect(made.events.at(-1)).toEqual({ name: 'link', detail: { href: '/blog/biologic-disc-repair', entryId: 'recovery' } })
  })

  it('keeps links within the site in the same tab', async () => {
    const card = await answerWithLinks([{ title: 'Our guide', href: '/free-guide' }])
    expect(card.querySelector('.related a')?.hasAttribute('target')).toBe(false)
  })
})
