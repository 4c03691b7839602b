// Red flags are checked first, on the visitor's own words, recall-first (#3):
// each flag's curated patterns are searched in the lower-cased text, and a
// hit is dropped only when a curated cue says it is not a report: a negation
// or a question just before it ("no…", "can… cause"), a cause or effect
// right after it ("… a side effect of"), a sign it has passed ("finally
// broke"), or a time long ago ("back in 2015"); and none fires in a message
// framed as study or fiction ("for my homework"). So "no bladder problems,
// but my legs are getting weaker" still fires on the legs.

import type { CompiledCorpus } from '../corpus/schema'
import { matcherConfig } from './matcherConfig'
import { foldText } from './normaliseText'
import { urgentPatternProblem } from './matcherErrors'
import { compilePattern } from './compilePattern'

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

const clauseEnd = /[.,;:!?]/
// A new subject ends a sentence too: in "my legs went numb and the pain in
// my back went away", what went away is not the numbness.
const sentenceEnd = /[.;:!?]|\b(?:and|but|while|though|although) (?:the|my|his|her|their|our)\b/
/** The first `count` words after a hit, up to `end`: its clause for a cause
 * ("…, is that a side effect" is still a report), its sentence for a sign
 * it has passed ("ran a fever for a day, then it went away"). */
const wordsAfter = (after: string, count: number, end: RegExp) => spaced(wordsOf(after.split(end)[0] ?? '').slice(0, count))
/** Years and decades read as "yyyy", so one past cue ("back in yyyy")
 * covers them all. */
const yearsAsYyyy = (words: string) => words.replace(/ (19|20)\d\ds?(?= )/g, ' yyyy')

export function createRedFlagCheck({ flags, cues }: Pick<CompiledCorpus['urgent'], 'flags' | 'cues'>): RedFlagCheck {
  const has = (list: readonly string[], words: string) => list.some((cue) => words.includes(` ${cue} `))
  const before = [...cues.negation, ...cues.question]
  const settled = [...cues.resolved, ...cues.past]
  /** Whether the words around a hit say it is not a report of it: a
   * negation or question just before it in its clause, a cause just after
   * it, a sign it has passed or a past cue later in its sentence, or a past
   * cue earlier in its sentence that no present cue follows ("back in yyyy I
   * couldnt pee", but not "years ago… and now both legs are numb"). */
  const explained = (preceding: string, after: string) => {
    // "no fever or chills": a negation reaches across "or" to the next item.
    const clause = (preceding.split(/[.,;:!?]|\bbut\b|\bexcept\b/).pop() ?? '').replace(/\s+[\p{L}]+\s+n?or\s*$/u, ' ')
    return (
      has(before, spaced(wordsOf(clause).slice(-matcherConfig.negationWindow))) ||
      has(cues.cause, wordsAfter(after, matcherConfig.causeWindow, clauseEnd)) ||
      has(settled, yearsAsYyyy(wordsAfter(after, matcherConfig.resolvedWindow, sentenceEnd))) ||
      datedEarlier(preceding)
    )
  }
  /** A past cue earlier in the hit's sentence that no present cue follows;
   * "since last year" is still going on, so it is not read as one. */
  const datedEarlier = (preceding: string) => {
    const sentence = yearsAsYyyy(spaced(wordsOf(preceding.split(sentenceEnd).pop() ?? ''))).replace(/ since /g, ' since ~')
    const past = Math.max(...cues.past.map((cue) => sentence.lastIndexOf(` ${cue} `)))
    return past >= 0 && !has(cues.present, sentence.slice(past))
  }
  const compiled = flags.map((flag) => ({
    id: flag.id,
    patterns: flag.patterns.map((source) => compilePattern(source, 'giu', (error) => urgentPatternProblem(flag.id, source, error))),
  }))
  return (text) => {
    const subject = redFlagText(text)
    if (has(cues.framing, spaced(wordsOf(subject)))) return undefined
    for (const flag of compiled) {
      for (const pattern of flag.patterns) {
        pattern.lastIndex = 0
        for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
          if (!explained(subject.slice(0, m.index), subject.slice(m.index + m[0].length))) return flag.id
          if (m[0] === '') pattern.lastIndex++
        }
      }
    }
    return undefined
  }
}
