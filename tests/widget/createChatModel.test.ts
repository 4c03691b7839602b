import { describe, expect, it } from 'vitest'
import { widgetConfig } from '../../src/widget/widgetConfig'
import { makeModel, recordingStorage, settle } from './fixtures'

describe('the chat model', () => {
  it('shows the loading screen until the corpus arrives, then the chat', async () => {
    const { model } = makeModel()
    expect(model.screen.value).toBe('loading')
    await settle()
    expect(model.screen.value).toBe('chat')
    expect(model.greeting.value?.text).toBe('Hello! Ask about back pain.')
  })

  it('says answers are unavailable when the corpus fails, and warns once', async () => {
    const { model, warnings } = makeModel({ corpus: Promise.reject(new Error('[faq-widget] corpus answered HTTP 404')) })
    await settle()
    expect(model.screen.value).toBe('unavailable')
    expect(warnings).toEqual(['[faq-widget] corpus answered HTTP 404'])
  })

  it('offers the default contact and schedule links when answers are unavailable', () => {
    const { model } = makeModel()
    expect(model.contactActions.value.map((a) => a.href)).toEqual([widgetConfig.scheduleUrl, widgetConfig.contactUrl])
  })

  it('offers the configured contact and schedule links instead', () => {
    const { model } = makeModel({ options: { scheduleUrl: '/book', contactUrl: 'mailto:desk@clinic.example' } })
    expect(model.contactActions.value.map((a) => a.href)).toEqual(['/book', 'mailto:desk@clinic.example'])
  })

  it('adds the question and its answer to the conversation', async () => {
    const { model } = makeModel()
    await settle()
    model.ask('how long is recovery')
    expect(model.messages.value.map((m) => m.kind)).toEqual(['question', 'answer'])
    const answer = model.messages.value[1]!
    expect(answer.kind === 'answer' && answer.entry.id).toBe('recovery')
  })

  it('answers a question asked before the corpus arrived once it does', async () => {
    const { model } = makeModel()
    model.ask('how long is recovery')
    expect(model.messages.value).toEqual([])
    await settle()
    expect(model.messages.value.map((m) => m.kind)).toEqual(['question', 'answer'])
  })

  it('ignores empty and whitespace-only questions', async () => {
    const { model } = makeModel()
    await settle()
    model.ask('   ')
    expect(model.messages.value).toEqual([])
  })

  it('cuts a pasted essay to the longest question it matches', async () => {
    const { model } = makeModel()
    await settle()
    model.ask('x'.repeat(10_000))
    const question = model.messages.value[0]!
    expect(question.kind === 'question' && question.text.length).toBe(widgetConfig.maxQuestionLength)
  })

  it('shows the answer of a picked entry without matching', async () => {
    const { model } = makeModel()
    await settle()
    model.choose('hardware')
    const [question, answer] = model.messages.value
    expect(question?.kind === 'question' && question.text).toBe('Question of hardware?')
    expect(answer?.kind === 'answer' && answer.entry.id).toBe('hardware')
  })

  it('gives a fallback the clinic actions it names, with the configured links over them', async () => {
    const { model } = makeModel({ options: { scheduleUrl: '/book' } })
    await settle()
    model.ask('do you take medicare')
    const fallback = model.messages.value[1]!
    expect(fallback.kind === 'fallback' && fallback.actions.map((a) => [a.id, a.href])).toEqual([
      ['schedule', '/book'],
      ['contact', '/contact'],
    ])
  })

  it('gives an urgent reply only the urgent actions', async () => {
    const { model } = makeModel()
    await settle()
    model.ask('I cannot control my bladder')
    const urgent = model.messages.value[1]!
    expect(urgent.kind).toBe('urgent')
    expect(urgent.kind === 'urgent' && urgent.actions.map((a) => a.href)).toEqual(['tel:911'])
  })

  it('reports each question by kind and entry, without the visitor’s words by default', async () => {
    const { model, events } = makeModel()
    await settle()
    model.ask('how long is recovery')
    model.ask('do you take medicare')
    expect(events).toEqual([
      { name: 'ask', detail: { kind: 'answer', entryId: 'recovery' } },
      { name: 'ask', detail: { kind: 'fallback', topic: 'insurance' } },
      { name: 'fallback', detail: { topic: 'insurance' } },
    ])
  })

  it('puts the visitor’s words in events only with analyticsText', async () => {
    const { model, events } = makeModel({ options: { analyticsText: true } })
    await settle()
    model.ask('how long is recovery')
    expect(events[0]?.detail.text).toBe('how long is recovery')
  })

  it('reports open and close once each', () => {
    const { model, events } = makeModel()
    model.open()
    model.open()
    model.close()
    model.close()
    expect(events.map((e) => e.name)).toEqual(['open', 'close'])
  })

  it('takes one feedback vote per answer', async () => {
    const { model, events } = makeModel()
    await settle()
    model.ask('how long is recovery')
    const id = model.messages.value[1]!.id
    model.feedback(id, true)
    model.feedback(id, false)
    expect(events.filter((e) => e.name === 'feedback').map((e) => e.detail)).toEqual([{ entryId: 'recovery', helpful: true }])
    const answer = model.messages.value[1]!
    expect(answer.kind === 'answer' && answer.helpful).toBe(true)
  })

  it('keeps the conversation in the given storage and replays it on the next page', async () => {
    const storage = recordingStorage()
    const first = makeModel({ storage })
    await settle()
    first.model.ask('how long is recovery')
    first.model.choose('hardware')

    const second = makeModel({ storage })
    await settle()
    expect(second.model.messages.value.map((m) => m.kind)).toEqual(['question', 'answer', 'question', 'answer'])
    expect(second.events).toEqual([])
  })

  it('ignores a stored conversation it cannot read', async () => {
    const storage = recordingStorage({ [widgetConfig.storageKey]: '{not json' })
    const { model } = makeModel({ storage })
    await settle()
    expect(model.screen.value).toBe('chat')
    expect(model.messages.value).toEqual([])
  })
})
