// Red flags are checked first, on the visitor's own words, recall-first (#3):
// each flag's curated patterns are searched in the lower-cased text, and a
// hit is dropped only when a negation cue ("no", "not", "without", "don't
// have"…) sits within a few words before it in the same clause, so "no
// bladder problems, but my legs are getting weaker" still fires on the legs.

import { matcherConfig } from './matcherConfig'
import { foldText } from './normaliseText'
import { urgentPatternProblem } from './matcherErrors'

export type RedFlagCheck = (text: string) => string | undefined

/** The text red-flag patterns are written against: lower case, accents
 * folded, apostrophes dropped ("can't" → "cant"), punctuation kept as clause
 * boundaries, spaces collapsed. */
export function redFlagText(text: string): string {
  return foldText(text).replace(/\s+/g, ' ')
}

/** Words as " w1 w2 … ", padded so that a cue matches whole words only. */
const spaced = (words: string[]) => ` ${words.join(' ')} `
const wordsOf = (clause: string) => clause.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ')

function isNegated(before: string): boolean {
  const clause = before.split(/[.,;:!?]|\bbut\b|\bexcept\b/).pop() ?? ''
  const window = spaced(wordsOf(clause).slice(-matcherConfig.negationWindow))
  return [...matcherConfig.negationCues, ...matcherConfig.hypotheticalCues].some((cue) => window.includes(` ${cue} `))
}

/** The first `count` words after a hit, in its clause. */
const wordsAfter = (after: string, count: number) => spaced(wordsOf(after.split(/[.,;:!?]/)[0] ?? '').slice(0, count))

/** "can a car accident cause an annular tear" asks about a cause, "is chest
 * pain a side effect of…" about an effect; neither reports an emergency.
 * Only a cue right after the hit counts. */
const isAskedAsCause = (after: string) => matcherConfig.causeCues.some((cue) => wordsAfter(after, 3).startsWith(` ${cue} `))

/** "my fever from last week finally broke" reports one that has passed. */
const isResolved = (after: string) => matcherConfig.resolvedCues.some((cue) => wordsAfter(after, matcherConfig.resolvedWindow).includes(` ${cue} `))

export function createRedFlagCheck(flags: readonly { id: string; patterns: readonly string[] }[]): RedFlagCheck {
  const compiled = flags.map((flag) => ({
    id: flag.id,
    patterns: flag.patterns.map((source) => {
      try {
        return new RegExp(source, 'giu')
      } catch (error) {
        throw new Error(urgentPatternProblem(flag.id, source, error))
      }
    }),
  }))
  return (text) => {
    const subject = redFlagText(text)
    for (const flag of compiled) {
      for (const pattern of flag.patterns) {
        pattern.lastIndex = 0
        for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
          const after = subject.slice(m.index + m[0].length)
          if (!isNegated(subject.slice(0, m.index)) && !isAskedAsCause(after) && !isResolved(after)) return flag.id
          if (m[0] === '') pattern.lastIndex++
        }
      }
    }
    return undefined
  }
}
