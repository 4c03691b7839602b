// What the conversation holds (#4): a tagged union by kind, rendered by the
// one switch in MessageView.
import type { Action, CompiledEntry } from '../corpus/schema'

export type ChatMessage =
  | { kind: 'question'; id: number; text: string }
  | { kind: 'answer'; id: number; entry: CompiledEntry; helpful?: boolean }
  | { kind: 'clarify'; id: number; candidates: CompiledEntry[] }
  | { kind: 'fallback'; id: number; text: string; actions: Action[] }
  | { kind: 'urgent'; id: number; text: string; actions: Action[] }
  | { kind: 'smalltalk'; id: number; text: string }

/** The DOM events the widget dispatches on its host, without the prefix. */
export type WidgetEvent = 'open' | 'close' | 'ask' | 'fallback' | 'feedback' | 'link'
