// What `createMatcher(corpus).match(text)` answers (#3): a tagged union by
// kind, so the widget renders it with one switch.
import type { CompiledEntry } from '../corpus/schema'

export type MatchResult =
  /** One entry, confident. */
  | { kind: 'answer'; entry: CompiledEntry; score: number; runnerUp?: CompiledEntry }
  /** 2 or 3 candidates, best first: "Did you mean…". */
  | { kind: 'clarify'; candidates: CompiledEntry[]; score: number }
  /** No vetted answer: the curated fallback message and its action ids. */
  | { kind: 'fallback'; message: string; actions: string[]; score: number; topic?: string }
  /** A red flag: the curated urgent-care message and nothing else. */
  | { kind: 'urgent'; message: string; flag: string; score: 1 }
  /** Hello, thanks, bye. */
  | { kind: 'smalltalk'; message: string; intent: string; score: 1 }

export type MatchKind = MatchResult['kind']

export interface Matcher {
  /** Null for empty or whitespace-only input: nothing to do. */
  match(text: string): MatchResult | null
}
