// Small factories for the widget tests (#4): a compiled corpus, entries and a
// matcher that answers from a table, so the tests do not depend on scoring.
import type { CompiledCorpus, CompiledEntry } from '../../src/corpus/schema'
import type { Matcher, MatchResult } from '../../src/match/matchResult'
import { createChatModel, type ChatModelDeps } from '../../src/widget/createChatModel'
import { optionTables } from '../../src/widget/readOption'
import { readOptions } from '../../src/widget/readOptions'
import { defaultStrings } from '../../src/widget/strings'
import { whenIdle } from '../../src/widget/whenIdle'
import type { WidgetOptions } from '../../src/widget/widgetOptions'

export function makeEntry(id: string, overrides: Partial<CompiledEntry> = {}): CompiledEntry {
  return {
    id,
    question: `Question of ${id}?`,
    alternates: [],
    keywords: [],
    answer: [`First passage of ${id}.`, `Second passage of ${id}.`],
    sources: [{ title: 'Spinal Fusion Alternatives', url: '/blog/spinal-fusion-alternatives' }],
    links: [{ title: 'Biologic disc repair vs. surgery', href: '/blog/biologic-disc-repair' }],
    ...overrides,
  }
}

export function makeCorpus(overrides: Partial<CompiledCorpus> = {}): CompiledCorpus {
  return {
    version: 1,
    clinicName: 'Valor Spine',
    disclaimer: {
      short: 'General information only, not medical advice.',
      full: 'The full disclaimer text.',
      source: { title: 'Spinal Fusion Alternatives', url: '/blog/spinal-fusion-alternatives' },
    },
    actions: [
      { id: 'schedule', label: 'Schedule an appointment', href: '/schedule-appointment' },
      { id: 'guide', label: 'Download the free guide', href: '/free-guide' },
      { id: 'contact', label: 'Contact the clinic', href: '/contact' },
    ],
    greeting: { text: 'Hello! Ask about back pain.', starters: [{ id: 'recovery', question: 'Question of recovery?' }] },
    fallback: { text: 'Sorry, there is no vetted answer to that here.', actions: ['schedule', 'contact'] },
    smalltalk: [],
    urgent: {
      message: 'This may be an emergency. Call 911 now.',
      actions: [{ id: 'call-911', label: 'Call 911', href: 'tel:911' }],
      cues: { negation: [], question: [], cause: [], resolved: [], past: [], present: [], framing: [], personal: [], happening: [] },
      concepts: {},
      flags: [],
    },
    synonyms: {},
    stopWords: [],
    outOfScope: [],
    entries: [makeEntry('recovery'), makeEntry('risks'), makeEntry('hardware')],
    ...overrides,
  }
}

/** Answers each known text with its result, anything else with a fallback. */
export function tableMatcher(corpus: CompiledCorpus, table: Record<string, MatchResult>): Matcher {
  return {
    match: (text) =>
      text.trim() ? (table[text] ?? { kind: 'fallback', message: corpus.fallback.text, actions: corpus.fallback.actions, score: 0 }) : null,
  }
}

/** The results the panel shows for each kind, keyed by the text that brings them. */
export function sampleTable(corpus: CompiledCorpus): Record<string, MatchResult> {
  const [recovery, risks, hardware] = corpus.entries as [CompiledEntry, CompiledEntry, CompiledEntry]
  return {
    'how long is recovery': { kind: 'answer', entry: recovery, score: 0.9 },
    fusion: { kind: 'clarify', candidates: [risks, hardware], score: 0.4 },
    'do you take medicare': { kind: 'fallback', message: corpus.fallback.text, actions: corpus.fallback.actions, score: 0, topic: 'insurance' },
    'I cannot control my bladder': { kind: 'urgent', message: corpus.urgent.message, flag: 'cauda-equina', score: 1 },
    hello: { kind: 'smalltalk', message: 'Hello! What would you like to know?', intent: 'hello', score: 1 },
  }
}

export function makeOptions(values: Record<string, unknown> = {}): WidgetOptions {
  return readOptions([{ values }], 'https://clinic.example/widget/faq-widget.js', optionTables, () => {})
}

export interface ModelSetup {
  corpus?: Promise<CompiledCorpus>
  options?: Record<string, unknown>
  storage?: Storage
}

/** A chat model over the fixture corpus and table matcher, recording events. */
export function makeModel(setup: ModelSetup = {}) {
  const corpus = makeCorpus()
  const events: { name: string; detail: Record<string, unknown> }[] = []
  const warnings: string[] = []
  const deps: ChatModelDeps = {
    options: makeOptions(setup.options),
    strings: { ...defaultStrings },
    corpus: setup.corpus ?? Promise.resolve(corpus),
    createMatcher: (c) => tableMatcher(c, sampleTable(c)),
    emit: (name, detail) => events.push({ name, detail }),
    storage: setup.storage,
    warn: (message) => warnings.push(message),
    whenIdle,
  }
  return { model: createChatModel(deps), corpus, events, warnings }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))
/** Lets the corpus arrive and the matcher be built, which the model does in
 * a task of its own. */
export const settle = () => nextTask().then(nextTask)

/** A Storage that records every call. */
export function recordingStorage(initial: Record<string, string> = {}): Storage & { calls: string[] } {
  const data = new Map(Object.entries(initial))
  const calls: string[] = []
  return {
    calls,
    get length() {
      return data.size
    },
    clear: () => (calls.push('clear'), data.clear()),
    getItem: (key) => (calls.push(`get ${key}`), data.get(key) ?? null),
    setItem: (key, value) => (calls.push(`set ${key}`), void data.set(key, value)),
    removeItem: (key) => (calls.push(`remove ${key}`), void data.delete(key)),
    key: (i) => [...data.keys()][i] ?? null,
  }
}
