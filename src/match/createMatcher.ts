// `createMatcher(corpus).match(text)` (#3). Order matters and is the design:
//   1. empty → null; cap the input (matcherConfig.maxInputChars);
//   2. red flags, on the visitor's raw words → urgent, and nothing else;
//   3. whole-message small talk ("hi", "thanks") → smalltalk;
//   4. curated out-of-scope topics (prices, insurance, hours…) in the
//      sentences that ask something → fallback;
//   5. rank entries → answer, clarify ("Did you mean…") or fallback by the
//      confidence bands in matcherConfig; a less confident entry far ahead
//      of the runner-up is answered too; a question of only common words
//      ("pain", "back surgery") is never answered outright.
// score: for answer, clarify and fallback, the best entry's confidence from 0
// (nothing in common) to 1 (every word of the question found in the entry and
// one of its phrasings fully used); 0 when an out-of-scope topic held the
// question back; 1 for urgent and smalltalk, which are curated pattern hits.

import type { CompiledCorpus } from '../corpus/schema'
import type { Matcher, MatchResult } from './matchResult'
import { matcherConfig, type MatcherConfig } from './matcherConfig'
import { foldText, normaliseText, questionOpening } from './normaliseText'
import { createCorpusReader } from './createCorpusReader'
import { createSpellingCorrector } from './correctSpelling'
import { createEntryIndex } from './createEntryIndex'
import { createRedFlagCheck } from './createRedFlagCheck'
import { compilePattern } from './compilePattern'
import { outOfScopePatternProblem } from './matcherErrors'

/** The words curated patterns spell out, for spelling correction. */
function patternWords(patterns: string[]) {
  const text = patterns
    .join(' ')
    // Escapes out, or "\bsuicidal" would give the word "bsuicidal".
    .replace(/\\[a-z]/gi, ' ')
    // Optional parts read in: "short(ness)?" is "shortness" and "short";
    // "controll?ing" is "controlling", not the typo "controll" it allows.
    .replace(/([a-z]+)\(([a-z]+)\)\?/gi, '$1$2 $1')
    .replace(/([a-z])\?(?=[a-z])/gi, '$1')
  return text.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? []
}

/** A corrector over `vocabulary` and the words of curated patterns. */
function correctorWith(vocabulary: ReadonlyMap<string, number>, patterns: string[], realWords: ReadonlySet<string>, splitJoined?: boolean) {
  const words = new Map(vocabulary)
  for (const word of patternWords(patterns)) words.set(word, words.get(word) ?? 1)
  return createSpellingCorrector(words, realWords, splitJoined)
}

const splitSentences = (input: string) => (foldText(input).match(/[^.?!\n]+[.?!\n]*/g) ?? []).filter((s) => normaliseText(s))

/** `config` is for experiments and tests; the widget uses the defaults. */
export function createMatcher(corpus: CompiledCorpus, config: MatcherConfig = matcherConfig): Matcher {
  const { analyser, vocabulary, realWords, correct } = createCorpusReader(corpus)
  const redFlag = createRedFlagCheck(corpus.urgent)
  const index = createEntryIndex(corpus.entries, analyser, correct, config)
  // Red flags are read a second time with typos corrected ("motorcyle
  // crash", "fevr", "chestpain"), against a vocabulary that also holds
  // their own words and spoken forms ("nineteen" must stay "nineteen").
  const correctFlagWord = correctorWith(vocabulary, [...corpus.urgent.flags.flatMap((flag) => flag.patterns), ...Object.values(corpus.urgent.concepts ?? {}).flat(), ...Object.values(corpus.urgent.cues).flat(), ...Object.keys(corpus.urgent.spoken ?? {})], realWords, true)
  // Out-of-scope topics too ("insurence", "medicre"), but only a word the
  // corpus cannot correct: "wether" is "whether", not "weather". Their own
  // small vocabulary keeps this cheap on a large corpus.
  const correctTopic = correctorWith(new Map(), corpus.outOfScope.flatMap((topic) => topic.patterns), realWords)
  const correctTopicWord = (word: string) => {
    const known = correct(word)
    return known !== word || vocabulary.has(word) ? known : correctTopic(word)
  }

  const smalltalk = new Map<string, { id: string; reply: string }>()
  for (const intent of corpus.smalltalk) for (const p of intent.patterns) smalltalk.set(normaliseText(p), intent)
  /** Words in the longest small-talk phrase. */
  const longest = Math.max(0, ...[...smalltalk.keys()].map((p) => p.split(' ').length))

  const topics = corpus.outOfScope.map((topic) => ({
    id: topic.id,
    patterns: topic.patterns.map((source) => compilePattern(source, 'i', (error) => outOfScopePatternProblem(topic.id, source, error))),
  }))
  /** The first topic `text` asks about, as typed or with typos corrected. */
  function topicIn(text: string) {
    const respelt = text.replace(/[a-z]+/g, correctTopicWord)
    return topics.find((t) => t.patterns.some((p) => p.test(text) || (respelt !== text && p.test(respelt))))
  }

  const fallback = (score: number, topic?: string): MatchResult => ({
    kind: 'fallback',
    message: corpus.fallback.text,
    actions: corpus.fallback.actions,
    score,
    ...(topic ? { topic } : {}),
  })

  /** The intent of a message made only of small-talk phrases ("cheers,
   * that helped" → thanks), by its last phrase: "hey, thanks!" is thanks,
   * not a greeting. */
  function smalltalkIntent(normalised: string) {
    const words = normalised.split(' ')
    // ends[i]: the intent of the last phrase when words[0..i) splits into phrases.
    const ends: ({ id: string; reply: string } | undefined)[] = [undefined]
    for (let i = 1; i <= words.length; i++) {
      for (let k = Math.max(0, i - longest); k < i && !ends[i]; k++) {
        const phrase = smalltalk.get(words.slice(k, i).join(' '))
        if (phrase && (k === 0 || ends[k])) ends[i] = phrase
      }
    }
    return ends[words.length]
  }

  /** "hi, what is PRP" → "what is PRP": a greeting in front of a question
   * should not hide the question. */
  function withoutSmalltalkPrefix(normalised: string): string {
    const words = normalised.split(' ')
    for (let k = Math.min(words.length - 1, longest); k >= 1; k--) {
      if (smalltalk.has(words.slice(0, k).join(' '))) return words.slice(k).join(' ')
    }
    return normalised
  }

  /** The sentences of a message that ask something: those with a "?", else
   * those opening with a question word, else all. Out-of-scope topics are
   * looked for only there, so "my daughter set up a consult. what happens
   * at the evaluation?" still gets its answer; as one text, so a topic's
   * exceptions see the whole question ("in a fusion? my own hip??" asks
   * about the fusion's bone graft). */
  function askedText(input: string): string {
    const sentences = splitSentences(input).map((s) => ({ text: s, words: withoutSmalltalkPrefix(normaliseText(s)) }))
    const marked = sentences.filter((s) => s.text.includes('?'))
    const opening = sentences.filter((s) => questionOpening.test(s.words))
    return (marked.length ? marked : opening.length ? opening : sentences).map((s) => s.words).join(' ')
  }

  /** Answer, clarify or fall back, by the confidence bands. */
  function decide(terms: string[]): MatchResult {
    const ranked = index.rank(terms, config.clarifyMax + 1)
    const [best, second] = ranked
    if (!best) return fallback(0)
    const { confidence } = best
    const margin = second ? (confidence - second.confidence) / confidence : 1
    const long = terms.length >= config.longQuestionTerms
    const specific = index.specificity(terms) >= config.specificityMin
    if (
      specific &&
      ((confidence >= config.answerMin && margin >= config.answerMargin) ||
        (confidence >= config.answerClearMin && margin >= config.answerClearMargin) ||
        (long && confidence >= config.answerLongMin && margin >= config.answerLongMargin))
    ) {
      return { kind: 'answer', entry: best.entry, score: confidence, ...(second ? { runnerUp: second.entry } : {}) }
    }
    if (confidence < config.clarifyMin) return fallback(confidence)
    const close = ranked.filter((r, i) => i < 2 || r.confidence >= confidence * config.clarifyRelative)
    // "Did you mean" needs two choices; one unsure entry is not an answer.
    if (close.length < 2) return fallback(confidence)
    return { kind: 'clarify', candidates: close.slice(0, config.clarifyMax).map((r) => r.entry), score: confidence }
  }

  return {
    match(text) {
      if (!text.trim()) return null
      const input = Array.from(text).slice(0, config.maxInputChars).join('')

      const folded = foldText(input)
      const corrected = folded.replace(/[a-z]+/g, correctFlagWord)
      const flag = redFlag(input) ?? (corrected === folded ? undefined : redFlag(corrected, true))
      if (flag) return { kind: 'urgent', message: corpus.urgent.message, flag, score: 1 }

      const normalised = normaliseText(input)
      // Spelling corrected, so "thnaks" and "are you a real persn" still count.
      const intent = smalltalkIntent(normalised.split(' ').map(correct).join(' '))
      if (intent) return { kind: 'smalltalk', message: intent.reply, intent: intent.id, score: 1 }

      const question = withoutSmalltalkPrefix(normalised)
      const topic = topicIn(askedText(input))
      if (topic) return fallback(0, topic.id)

      // The whole message is ranked, backstory included: answering only its
      // asking sentences lost the context that picks the entry (#3).
      const result = decide(analyser.terms(question, correct))
      // A topic named only in passing ("my coverage is Tricare. Do you take
      // those?") still holds back all but a confident answer.
      const mentioned = result.kind === 'answer' && result.score >= config.answerMin ? undefined : topicIn(question)
      return mentioned ? fallback(0, mentioned.id) : result
    },
  }
}
