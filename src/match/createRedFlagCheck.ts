// Red flags are checked first, on the visitor's own words, recall-first (#3):
// each flag's curated patterns are searched in the lower-cased text, and a
// hit is dropped only when a curated cue says it is not a report: a negation
// or a question just before it ("no…", "can… cause"), a cause or effect
// right after it ("… a side effect of"), a sign it has passed ("finally
// broke"), or a time long ago ("back in 2015"); and none fires in a message
// framed as study or fiction ("for my homework"). A question cue does not
// count when the sentence says it is happening now ("…right now"), and a
// question that speaks of no one is a question ("can a disc make your legs
// go numb?") except for a flag asked as a report. So "no bladder problems,
// but my legs are getting weaker" still fires on the legs.
// Patterns foresee wordings; "together" rules catch the rest by meaning: a
// word of each named concept within a few words of the first's ("quads",
// "buckling", "worse today"), with the same cues; a concept named "*name"
// is context and may stand anywhere ("laid up for two weeks… now her calf
// is hot": the bed rest is twelve words from the calf). Last, a learnt
// model (faq-data/red-flag-model.json) weighs the words of a message the
// rest let pass, for the flag whose wording they foresee least.

import type { CompiledCorpus } from '../corpus/schema'
import { matcherConfig } from './matcherConfig'
import { foldText, questionOpening } from './normaliseText'
import { urgentConceptProblem, urgentPatternProblem } from './matcherErrors'
import { compilePattern } from './compilePattern'
import { conceptRef } from '../corpus/conceptRef'

/** `typosCorrected`: the text has been spelling-corrected, so "together"
 * rules are not run on it: a corrected word is a guess, and two guesses
 * side by side ("heat" → "heart", "recital" → "rectal") made alarms. */
export type RedFlagCheck = (text: string, typosCorrected?: boolean) => string | undefined

/** Words as " w1 w2 … ", padded so that a cue matches whole words only. */
const spaced = (words: string[]) => ` ${words.join(' ')} `
const wordsOf = (clause: string) => clause.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ')
/** A concept's word in the text, and how many words come before it. */
interface Hit {
  start: number
  end: number
  /** The place of its first word and of its last, in words from the start. */
  word: number
  last: number
}

/** Words between two hits: 0 when they touch or overlap. */
const gap = (a: Hit, b: Hit) => Math.max(0, b.word - a.last, a.word - b.last)

const clauseEnd = /[.,;:!?]/
// A new subject ends a sentence too: in "my legs went numb and the pain in
// my back went away", what went away is not the numbness.
const sentenceEnd = /[.;:!?]|\b(?:and|but|while|though|although) (?:the|my|his|her|their|our)\b/
/** The first `count` words after a hit, up to `end`: its clause for a cause
 * ("…, is that a side effect" is still a report), its sentence for a sign
 * it has passed ("ran a fever for a day, then it went away"). */
const wordsAfter = (after: string, count: number, end: RegExp) => spaced(wordsOf(after.split(end)[0] ?? '').slice(0, count))
/** Words as past cues read them: years and decades as "yyyy", so one cue
 * ("back in yyyy") covers them all, and "since" marked, as "since last
 * month" is still going on and a past cue right after it dates nothing. */
const forPastCues = (words: string) => words.replace(/ (19|20)\d\ds?(?= )/g, ' yyyy').replace(/ since /g, ' since ~')

/** Patterns as few expressions as possible, each under 20,000 characters
 * unless one pattern is longer on its own: V8 does not optimise a longer
 * one, and the suicide flag's 28,000 as one took four to five times as long
 * as in two halves (#3). */
const anyOf = (sources: readonly string[]): RegExp[] =>
  sources.length < 2 || sources.join('|').length < 2e4 ? [new RegExp(sources.join('|'))] : [sources.slice(0, sources.length / 2), sources.slice(sources.length / 2)].flatMap(anyOf)

/** The words of a message as the red-flag model weighs them: each word and
 * each pair of neighbours ("wake up"). */
export const modelTerms = (subject: string) => {
  const words = wordsOf(subject)
  return new Set([...words, ...words.slice(1).map((word, i) => `${words[i]} ${word}`)])
}

/** A message as red flags read it: lower case, accents folded, apostrophes
 * dropped ("can't" → "cant"), spoken forms written out ("i dont wanna wake
 * up" → "want to"), an ellipsis as a clause boundary, spaces collapsed. */
export function createFlagReader(spoken: Record<string, string> = {}): (text: string) => string {
  // Whole lower-case words (validateCorpus), so they need no escaping.
  const spokenForm = new RegExp(`\\b(?:${Object.keys(spoken).join('|') || '(?!)'})\\b`, 'g')
  return (text) =>
    foldText(text)
      .replace(spokenForm, (word) => spoken[word]!)
      .replace(/\.{2,}|…/g, ',')
      .replace(/\s+/g, ' ')
}

export function createRedFlagCheck({ flags, cues, concepts, spoken, model }: Pick<CompiledCorpus['urgent'], 'flags' | 'cues' | 'concepts' | 'spoken' | 'model'>): RedFlagCheck {
  const read = createFlagReader(spoken)
  const weights = new Map(Object.entries(model?.weights ?? {}))
  const has = (list: readonly string[] | undefined, words: string) => list?.some((cue) => words.includes(` ${cue} `))
  const settled = [...cues.resolved, ...cues.past]
  /** Whether the words around a hit say it is not a report of it: a
   * negation or question just before it in its clause, a cause just after
   * it, a sign it has passed or a past cue later in its sentence, or a past
   * cue earlier in its sentence that no present cue follows ("back in yyyy I
   * couldnt pee", but not "years ago… and now both legs are numb"). */
  const explained = (preceding: string, after: string) =>
    deniedOrAsked(preceding, after) || has(settled, forPastCues(wordsAfter(after, matcherConfig.resolvedWindow, sentenceEnd))) || datedEarlier(preceding)
  /** For a flag whose questions are questions (`asked` in urgent.json), a
   * hit in a sentence that opens as a question, in a message that speaks of
   * no one ("can a disc tear make your legs go numb?"), is asked about, not
   * reported; unless it asks whether it is normal, which is read as a report
   * ("is a fever normal after fusion", #3), or says it is happening now. */
  const impersonal = (preceding: string, after: string) => {
    const opening = preceding.split(/[.;!?\n]/).pop() ?? ''
    return (
      questionOpening.test(opening) &&
      !has(cues.personal, spaced(wordsOf(`${preceding} ${after}`))) &&
      !/\bnormal\b/.test(opening + after.split(/[.;!?\n]/)[0]) &&
      !happeningNow(after)
    )
  }
  /** A `happening` cue later in the hit's sentence or the next ("can an
   * epidural cause numbness down there? I've got it right now"). */
  const happeningNow = (after: string) => has(cues.happening, spaced(wordsOf(after.split(sentenceEnd, 2).join(' '))))
  /** A negation or question just before a hit in its clause, or a cause
   * just after it. */
  const deniedOrAsked = (preceding: string, after: string) => {
    // "no fever or chills": a negation reaches across "or" to the next item.
    const clause = (preceding.split(/[.,;:!?]| [-–—] |\bbut\b|\bexcept\b/).pop() ?? '').replace(/\s+[\p{L}]+\s+n?or\s*$/u, ' ')
    // Articles take no place in the window: "if i get a fever" is "if i get".
    const words = wordsOf(clause.replace(/\b(?:an?|the)\b/g, ''))
    const window = spaced(words.slice(-matcherConfig.negationWindow))
    // "hypothetically, if someone couldnt feel their leg right now": a
    // question that says it is happening now is a report.
    const asked = has(cues.question, window) && !happeningNow(after)
    return has(cues.negation, window) || asked || has(cues.cause, wordsAfter(after, matcherConfig.causeWindow, clauseEnd))
  }
  /** A past cue earlier in the hit's sentence that no present cue follows;
   * "since last year" is still going on, so it is not read as one. */
  const datedEarlier = (preceding: string) => {
    const sentence = forPastCues(spaced(wordsOf(preceding.split(sentenceEnd).pop() ?? '')))
    const past = Math.max(...cues.past.map((cue) => sentence.lastIndexOf(` ${cue} `)))
    return past >= 0 && !has(cues.present, sentence.slice(past))
  }
  const conceptPatterns = new Map(
    Object.entries(concepts ?? {}).map(([name, words]) => [name, compilePattern(`\\b(?:${words.join('|')})\\b`, 'g', (error) => urgentConceptProblem(name, (error as Error).message))]),
  )
  const compiled = flags.map((flag) => ({
    id: flag.id,
    askable: flag.asked === 'question',
    patterns: flag.patterns.map((source) => compilePattern(source, 'g', (error) => urgentPatternProblem(flag.id, source, error))),
    // All of them as one (anyOf), which V8 scans in about half the time
    // (#3): most messages match none, and only a flag matched is searched
    // pattern by pattern. The validator keeps group references out of
    // patterns, which would point elsewhere here.
    any: anyOf(flag.patterns),
    together: (flag.together ?? []).map((names) =>
      names.map((name) => {
        const ref = conceptRef(name)
        const concept = conceptPatterns.get(ref.name)
        if (!concept) throw new Error(urgentConceptProblem(name, `flag "${flag.id}" names it in "together" but there is no such list`))
        return { concept, anywhere: ref.anywhere }
      }),
    ),
  }))

  // The model speaks only in a message with a word of its flag's own
  // concepts: without that gate it raised the alarm on a sceptic's "I've
  // spent thousands on chiros, acupuncture, shots…".
  const gate = compiled.find((flag) => flag.id === model?.flag)?.together.flat() ?? []

  /** Whether `subject` has, for a word of the first concept of `rule` (the
   * symptom or event), a word of every other concept within togetherWindow
   * words of it, unexplained: no cue explains the words together, the first
   * one on its own ("a car accident in yyyy… neck pain"), or any one denied
   * or asked about ("is a fever a side effect of the injection"). The words
   * may cross a sentence break: "Numb. That's how my privates feel". */
  const together = (rule: { concept: RegExp; anywhere: boolean }[], subject: string, hitsOf: (concept: RegExp) => Hit[], askable: boolean) => {
    if (!rule.every(({ concept }) => hitsOf(concept).length)) return false
    const [anchors, ...others] = rule.map(({ concept }) => hitsOf(concept))
    return anchors!.some((anchor) => {
      // Each other concept's nearest word; context inside the first's own
      // phrase is no second sign: "for good" in "gone for good" (#3).
      const chosen = [anchor, ...others.map((hits, i) => hits.filter((hit) => !rule[i + 1]!.anywhere || hit.end <= anchor.start || hit.start >= anchor.end).sort((a, b) => gap(a, anchor) - gap(b, anchor))[0]!)]
      if (!chosen.every(Boolean)) return false
      if (chosen.some((hit, i) => !rule[i]!.anywhere && gap(hit, anchor) > matcherConfig.togetherWindow)) return false
      // Words before a hit that follows the first's phrase are read from the
      // end of that phrase: "i not control the urine" denies nothing.
      const around = (start: number, end: number) => [subject.slice(start > anchor.start ? Math.min(anchor.end, start) : 0, start), subject.slice(end)] as const
      const first = Math.min(...chosen.map((hit) => hit.start))
      const last = Math.max(...chosen.map((hit) => hit.end))
      return !(
        explained(...around(first, last)) ||
        explained(...around(anchor.start, anchor.end)) ||
        (askable && impersonal(...around(anchor.start, anchor.end))) ||
        // A word inside the first's phrase ("wee" in "havent had a wee") is
        // not denied by that phrase's own "havent".
        chosen.some((hit) => (hit.end <= anchor.start || hit.start >= anchor.end) && deniedOrAsked(...around(hit.start, hit.end)))
      )
    })
  }
  return (text, typosCorrected = false) => {
    const subject = read(text)
    if (has(cues.framing, spaced(wordsOf(subject)))) return undefined
    for (const flag of compiled) {
      if (!flag.any.some((any) => any.test(subject))) continue
      for (const pattern of flag.patterns) {
        pattern.lastIndex = 0
        for (let m = pattern.exec(subject); m; m = pattern.exec(subject)) {
          const around = [subject.slice(0, m.index), subject.slice(m.index + m[0].length)] as const
          if (!explained(...around) && !(flag.askable && impersonal(...around))) return flag.id
          if (m[0] === '') pattern.lastIndex++
        }
      }
    }
    if (typosCorrected) return undefined
    // Each concept is searched once a message, and only when a rule needs it.
    const wordStarts = Array.from(subject.matchAll(/[\p{L}\p{N}]+/gu), (m) => m.index)
    const wordsBefore = (at: number) => wordStarts.filter((start) => start < at).length
    const cache = new Map<RegExp, Hit[]>()
    const hitsOf = (concept: RegExp) =>
      cache.get(concept) ??
      cache.set(concept, Array.from(subject.matchAll(concept), (m) => ({ start: m.index, end: m.index + m[0].length, word: wordsBefore(m.index), last: wordsBefore(m.index + m[0].length) - 1 }))).get(concept)!
    for (const flag of compiled) {
      for (const rule of flag.together) {
        if (together(rule, subject, hitsOf, flag.askable)) return flag.id
      }
    }
    // Last, what no pattern or rule foresaw but the words together weigh
    // as (#3): thoughts of suicide in a visitor's own words, where curated
    // wording caught about half of each new writer's messages.
    if (model && gate.some(({ concept }) => hitsOf(concept).length)) {
      let score = model.bias
      for (const term of modelTerms(subject)) score += weights.get(term) ?? 0
      if (score > model.minScore) return model.flag
    }
    return undefined
  }
}
