// The panel's one state model (#4): signals for what is shown, computeds for
// what follows from them, and plain actions. Components read `.value` and
// call actions; nothing else changes the conversation.
import { batch, computed, signal } from '@preact/signals'
import type { Action, CompiledCorpus, CompiledEntry } from '../corpus/schema'
import type { Matcher, MatchResult } from '../match/matchResult'
import type { ChatMessage, WidgetEvent } from './chatMessage'
import type { Strings } from './strings'
import type { WidgetOptions } from './widgetOptions'
import { widgetConfig } from './widgetConfig'

export type CorpusStatus = 'loading' | 'ready' | 'unavailable'
export type Screen = 'loading' | 'unavailable' | 'chat'

/** One step of the conversation as persisted: typed text, or a picked entry. */
type Turn = { ask: string } | { choose: string }

export interface ChatModelDeps {
  options: WidgetOptions
  strings: Strings
  corpus: Promise<CompiledCorpus>
  createMatcher: (corpus: CompiledCorpus) => Matcher
  emit: (event: WidgetEvent, detail: Record<string, unknown>) => void
  /** sessionStorage when the persist option is on; nothing is stored otherwise. */
  storage?: Storage
  warn?: (message: string) => void
  /** Runs a task while the page is idle (the loader's whenIdle). */
  whenIdle: (task: () => void) => void
}

export type ChatModel = ReturnType<typeof createChatModel>

export function createChatModel(deps: ChatModelDeps) {
  const { options, strings, emit, storage } = deps
  const isOpen = signal(false)
  const status = signal<CorpusStatus>('loading')
  const corpus = signal<CompiledCorpus | null>(null)
  const messages = signal<ChatMessage[]>([])

  /** The single place deciding what the panel body shows. */
  const screen = computed<Screen>(() => (status.value === 'ready' ? 'chat' : status.value))
  const greeting = computed(() => {
    const c = corpus.value
    return c && { text: options.greeting ?? c.greeting.text, starters: c.greeting.starters }
  })
  const disclaimer = computed(() => corpus.value?.disclaimer)
  /** Calls to action shown when answers are unavailable. */
  const contactActions = computed<Action[]>(() => [
    { id: 'schedule', label: strings.schedule, href: options.scheduleUrl ?? widgetConfig.scheduleUrl },
    { id: 'contact', label: strings.contact, href: options.contactUrl ?? widgetConfig.contactUrl },
  ])

  let matcher: Matcher | undefined
  let nextId = 1
  const turns: Turn[] = []
  const pending: Turn[] = []

  deps.corpus
    // Building the matcher gets a task of its own, apart from parsing the
    // JSON, so that neither step is a long task on a slow phone.
    .then((c) => new Promise<CompiledCorpus>((resolve) => setTimeout(resolve, 0, c)))
    .then((c) => {
      matcher = deps.createMatcher(c)
      batch(() => {
        corpus.value = c
        status.value = 'ready'
        for (const turn of restore()) respond(turn, false)
        for (const turn of pending.splice(0)) respond(turn, true)
      })
      warmUp(matcher, c, deps.whenIdle)
    })
    .catch((error: unknown) => {
      ;(deps.warn ?? console.warn)(error instanceof Error ? error.message : String(error))
      status.value = 'unavailable'
    })

  /** The clinic's actions by id, with the schedule/contact options applied. */
  function actionsFor(ids: readonly string[] | null, from: Action[]): Action[] {
    const override: Record<string, string | undefined> = { schedule: options.scheduleUrl, contact: options.contactUrl }
    return from
      .filter((a) => !ids || ids.includes(a.id))
      .map((a) => (override[a.id] ? { ...a, href: override[a.id]! } : a))
  }

  function reply(result: MatchResult, c: CompiledCorpus): ChatMessage {
    const id = nextId++
    switch (result.kind) {
      case 'answer':
        return { kind: 'answer', id, entry: result.entry }
      case 'clarify':
        return { kind: 'clarify', id, candidates: result.candidates }
      case 'fallback':
        return { kind: 'fallback', id, text: result.message, actions: actionsFor(result.actions, c.actions) }
      case 'urgent':
        return { kind: 'urgent', id, text: result.message, actions: actionsFor(null, c.urgent.actions) }
      case 'smalltalk':
        return { kind: 'smalltalk', id, text: result.message }
    }
  }

  /** Answers one turn; `announce` is false when replaying a stored one. */
  function respond(turn: Turn, announce: boolean): void {
    const c = corpus.value!
    let question: string
    let result: MatchResult | null
    if ('choose' in turn) {
      const entry = c.entries.find((e) => e.id === turn.choose)
      if (!entry) return
      question = entry.question
      result = { kind: 'answer', entry, score: 1 }
    } else {
      question = turn.ask
      result = matcher!.match(question)
      if (!result) return
    }
    messages.value = [...messages.value, { kind: 'question', id: nextId++, text: question }, reply(result, c)]
    turns.push(turn)
    if (!announce) return
    save()
    const text = options.analyticsText ? { text: question } : {}
    emit('ask', { kind: result.kind, ...describe(result), ...text })
    if (result.kind === 'fallback') emit('fallback', { topic: result.topic, ...text })
  }

  function restore(): Turn[] {
    try {
      const stored: unknown = JSON.parse(storage?.getItem(widgetConfig.storageKey) ?? '[]')
      return Array.isArray(stored) ? stored.filter((t): t is Turn => typeof t?.ask == 'string' || typeof t?.choose == 'string') : []
    } catch {
      return []
    }
  }

  function save(): void {
    try {
      storage?.setItem(widgetConfig.storageKey, JSON.stringify(turns))
    } catch {
      // Storage full or blocked: the conversation simply does not persist.
    }
  }

  function take(turn: Turn): void {
    if (status.value === 'ready') respond(turn, true)
    else if (status.value === 'loading') pending.push(turn)
  }

  return {
    isOpen,
    status,
    screen,
    messages,
    greeting,
    disclaimer,
    contactActions,
    open(): void {
      if (isOpen.value) return
      isOpen.value = true
      emit('open', {})
    },
    close(): void {
      if (!isOpen.value) return
      isOpen.value = false
      emit('close', {})
    },
    /** The visitor's typed question, capped before matching. */
    ask(raw: string): void {
      const text = String(raw).slice(0, widgetConfig.maxQuestionLength).trim()
      if (text) take({ ask: text })
    },
    /** A starter or "Did you mean" pick: that entry's answer, no matching. */
    choose(entryId: string): void {
      take({ choose: entryId })
    },
    feedback(messageId: number, helpful: boolean): void {
      const message = messages.value.find((m) => m.id === messageId)
      if (message?.kind !== 'answer' || message.helpful !== undefined) return
      messages.value = messages.value.map((m) => (m === message ? { ...message, helpful } : m))
      emit('feedback', { entryId: message.entry.id, helpful })
    },
    linkFollowed(href: string, entryId?: string): void {
      emit('link', { href, entryId })
    },
  }
}

/** Runs the matcher on the clinic's own texts while the page is idle, one
 * per idle period, so the visitor's first question does not pay for the
 * browser compiling it (a long task otherwise). */
function warmUp(matcher: Matcher, c: CompiledCorpus, whenIdle: ChatModelDeps['whenIdle']): void {
  const samples = [...c.greeting.starters.map((s) => s.question), c.entries.flatMap((e) => e.alternates).slice(0, 12).join(' ')]
  for (const sample of samples)
    whenIdle(() => {
      try {
        matcher.match(sample)
      } catch {
        // Only warming up: a real question reports its own failure.
      }
    })
}

function describe(result: MatchResult): Record<string, unknown> {
  const ids = (entries: CompiledEntry[]) => entries.map((e) => e.id)
  switch (result.kind) {
    case 'answer':
      return { entryId: result.entry.id }
    case 'clarify':
      return { candidates: ids(result.candidates) }
    case 'fallback':
      return { topic: result.topic }
    case 'urgent':
      return { flag: result.flag }
    case 'smalltalk':
      return { intent: result.intent }
  }
}
