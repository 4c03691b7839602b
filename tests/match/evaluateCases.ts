// Scores the matcher on eval cases (#3): the figures `npm run eval` prints
// and tests/match/evalFloors.test.ts guards.
import { readFileSync } from 'node:fs'
import type { CompiledCorpus, CompiledEntry } from '../../src/corpus/schema'
import { createMatcher } from '../../src/match/createMatcher'
import { matcherConfig, type MatcherConfig } from '../../src/match/matcherConfig'
import type { MatchResult } from '../../src/match/matchResult'
import { normaliseText } from '../../src/match/normaliseText'

export interface EvalCase {
  q: string
  /** Phrases one of which the right answer contains, or the kind expected. */
  expect: string[] | 'fallback' | 'urgent' | 'smalltalk'
}

export interface EvalFigures {
  inScope: number
  /** Answered outright with a right entry. */
  top1: number
  /** Answered with a wrong entry. */
  wrong: number
  /** A right entry among the "Did you mean…" candidates. */
  inClarify: number
  outOfScope: number
  /** Not answered: fallback, clarify or small talk. */
  held: number
  urgent: number
  urgentCaught: number
  /** Urgent results on cases that did not expect one. */
  falseUrgent: number
  smalltalk: number
  smalltalkRight: number
  misses: string[]
  /** In-scope cases whose phrases no entry's answer or links contain. */
  unanswerable: string[]
}

/** The question sets in tests/match/, in the order `npm run eval` prints
 * them; tests/match/README.md says how each was written and which were read. */
export const evalSets = [
  { name: 'tuning set', file: 'eval-cases.jsonl', about: 'dev cases + own' },
  { name: 'held-out set', file: 'holdout-cases.jsonl', about: 'written apart' },
  { name: 'blind set', file: 'blind-cases.jsonl', about: 'written from the article alone' },
  { name: 'fresh blind set', file: 'fresh-blind-cases.jsonl', about: 'written apart, read after its first run' },
  { name: 'long-message blind set', file: 'long-blind-cases.jsonl', about: 'a quarter 30+ words, read after its first run' },
  { name: 'short-question blind set', file: 'short-blind-cases.jsonl', about: "in the dev cases' style, read after its first run" },
  { name: 'mixed-visitor blind set', file: 'mixed-blind-cases.jsonl', about: 'read after its first runs' },
  { name: 'four-styles blind set', file: 'styles-blind-cases.jsonl', about: 'read after its first run' },
  { name: 'every-point blind set', file: 'points-blind-cases.jsonl', about: 'red-flag misses read after its first run' },
  { name: 'personas blind set', file: 'personas-blind-cases.jsonl', about: 'seven kinds of visitor, read after its first run' },
  { name: 'boundaries blind set', file: 'boundaries-blind-cases.jsonl', about: 'worded far from the article, near misses; read after its first run' },
  { name: 'chat-box blind set', file: 'chatbox-blind-cases.jsonl', about: 'as typed into a chat box; red-flag misses read after its first run' },
  { name: 'final blind set', file: 'final-blind-cases.jsonl', about: 'only its red-flag misses read' },
  { name: 'visitors blind set', file: 'visitors-blind-cases.jsonl', about: 'as typed into a chat box, every point of the article; read after its first run' },
  { name: 'search-box blind set', file: 'search-blind-cases.jsonl', about: 'fragments, wrong terms, statements; read after its first run' },
  { name: 'brief blind set', file: 'brief-blind-cases.jsonl', about: "3 to 14 words in the dev cases' style, written fresh; read after its first run" },
  { name: 'forum blind set', file: 'forum-blind-cases.jsonl', about: 'titled and written like patient-forum posts; read after its first run' },
  { name: 'carers blind set', file: 'carers-blind-cases.jsonl', about: 'asked for someone else by relatives and carers; read after its first run' },
  { name: 'week blind set', file: 'week-blind-cases.jsonl', about: "a week of a clinic's chat box in the dev cases' mix; read after the season set was written" },
  { name: 'season blind set', file: 'season-blind-cases.jsonl', about: "a season of a clinic's chat box in the dev cases' mix; read after its first run" },
  { name: 'quarter blind set', file: 'quarter-blind-cases.jsonl', about: "a quarter of a clinic's chat box in the dev cases' mix, half of it short; read after its first run" },
  { name: 'year blind set', file: 'year-blind-cases.jsonl', about: "a year of a clinic's chat box in the dev cases' mix, out-of-scope questions in the entries' own words; read after its first run" },
  { name: 'decade blind set', file: 'decade-blind-cases.jsonl', about: "the dev cases' own mix and voice, nine in ten of 8 words or fewer; read after its first run" },
  { name: 'spring blind set', file: 'spring-blind-cases.jsonl', about: "the dev cases' mix, what a reader of each section would wonder next; read after its first run" },
  { name: 'autumn blind set', file: 'autumn-blind-cases.jsonl', about: "the dev cases' mix, every entry at least twice in words of its own; read after its first run" },
  { name: 'winter blind set', file: 'winter-blind-cases.jsonl', about: "the dev cases' mix, nine in ten of 3 to 10 words, every entry twice; read after its first run" },
  { name: 'summer blind set', file: 'summer-blind-cases.jsonl', about: "the dev cases' mix and voice, every entry at least twice, a quarter with typos or abbreviations; read after its first run" },
  { name: 'harvest blind set', file: 'harvest-blind-cases.jsonl', about: 'every entry as a search-box fragment, a question with a typo, and a message of 20 to 45 words with a backstory; read after its first run' },
  { name: 'solstice blind set', file: 'solstice-blind-cases.jsonl', about: "the dev cases' mix from visitors at a decision point: weighing two options, asking what now after a treatment, whether they qualify, sceptics, relatives; read after its first run" },
  { name: 'equinox blind set', file: 'equinox-blind-cases.jsonl', about: "the dev cases' mix, six in ten with misspelt key words ('spinal fussion', 'epideral'); read after its first run" },
  { name: 'frost blind set', file: 'frost-blind-cases.jsonl', about: "the dev cases' mix, every entry at least twice, asked without the entries' own words, out-of-scope questions in them; read after its first run" },
  { name: 'thaw blind set', file: 'thaw-blind-cases.jsonl', about: "the questions a clinic's chat box gets most, plain and short, in the dev cases' style, written last; read after its first run" },
  { name: 'hail blind set', file: 'hail-blind-cases.jsonl', about: "the dev cases' mix asked without the entries' own words (situations, lay words, metaphors), a third with typos or abbreviations; read after its first run" },
  { name: 'rime blind set', file: 'rime-blind-cases.jsonl', about: "the dev cases' kind of visitor written fresh: fragments, two-part questions, comparisons, abbreviations; read after its first run" },
  { name: 'mist blind set', file: 'mist-blind-cases.jsonl', about: "the dev cases' mix, lengths and casual typing, every entry two or three times, written last; read after its first run" },
  { name: 'inbox blind set', file: 'inbox-blind-cases.jsonl', about: 'every kind of visitor, backstories, second-language English; unread', unread: true },
  { name: 'phone blind set', file: 'phone-blind-cases.jsonl', about: 'dictated and thumb-typed on a phone; unread', unread: true },
  { name: 'month blind set', file: 'month-blind-cases.jsonl', about: "a month of a clinic's chat box; unread", unread: true },
  { name: 'fortnight blind set', file: 'fortnight-blind-cases.jsonl', about: "a fortnight of a clinic's chat box in the dev cases' mix, half of it short; unread", unread: true },
  { name: 'sleet blind set', file: 'sleet-blind-cases.jsonl', about: "more of the dev cases' own file, in its lengths, case and mix; unread", unread: true },
  { name: 'dew blind set', file: 'dew-blind-cases.jsonl', about: "an ordinary week of a clinic's chat box, all ages, some for a relative, short and long, written last; unread", unread: true },
  { name: 'drizzle blind set', file: 'drizzle-blind-cases.jsonl', about: "the dev cases' mix, every entry two or three times, a quarter typed casually, some for a relative, written last; unread", unread: true },
] as const

/** Red-flag stress sets: emergencies in many wordings and near misses that
 * borrow their words, each line `{"q": …, "urgent": true|false}`. */
export const redFlagSets = [
  { name: 'red-flag stress set', file: 'red-flag-cases.jsonl', about: 'seven flags in clinical, lay and slang wording, read after its first run' },
  { name: 'second red-flag stress set', file: 'red-flag-2-cases.jsonl', about: 'many kinds of writer, buried and understated, read after its first run' },
  { name: 'third red-flag stress set', file: 'red-flag-3-cases.jsonl', about: 'fresh wording per message, read after its first run' },
  { name: 'fourth red-flag stress set', file: 'red-flag-4-cases.jsonl', about: 'within the 300-character box, read after its first run' },
  { name: 'fifth red-flag stress set', file: 'red-flag-5-cases.jsonl', about: 'everyday words for odd sensations, read after its first run' },
  { name: 'sixth red-flag stress set', file: 'red-flag-6-cases.jsonl', about: 'near misses as study, fiction and idiom, read after its first run' },
  { name: 'seventh red-flag stress set', file: 'red-flag-7-cases.jsonl', about: 'strange descriptions, read after its first run' },
  { name: 'eighth red-flag stress set', file: 'red-flag-8-cases.jsonl', about: 'understated and joking, read after its first run' },
  { name: 'ninth red-flag stress set', file: 'red-flag-9-cases.jsonl', about: 'varied sentence shapes, read after its first run' },
  { name: 'tenth red-flag stress set', file: 'red-flag-10-cases.jsonl', about: 'study, idiom and buried reports, read after its first run' },
  { name: 'eleventh red-flag stress set', file: 'red-flag-11-cases.jsonl', about: 'read after its first run' },
  { name: 'twelfth red-flag stress set', file: 'red-flag-12-cases.jsonl', about: 'read after its first run' },
  { name: 'fourteenth red-flag stress set', file: 'red-flag-14-cases.jsonl', about: 'many writers and wordings, read after its first run' },
  { name: 'sixteenth red-flag stress set', file: 'red-flag-16-cases.jsonl', about: 'facts far apart, pronouns, preambles, read after its first run' },
  { name: 'seventeenth red-flag stress set', file: 'red-flag-17-cases.jsonl', about: 'regional slang and old-fashioned words, read after its first run' },
  { name: 'eighteenth red-flag stress set', file: 'red-flag-18-cases.jsonl', about: 'concrete detail, symptoms in passing, read after its first run' },
  { name: 'nineteenth red-flag stress set', file: 'red-flag-19-cases.jsonl', about: 'typed on a phone, emergencies asked as questions, read after its first run' },
  { name: 'twenty-first red-flag stress set', file: 'red-flag-21-cases.jsonl', about: 'many voices, minimising and joking, read after its first run' },
  { name: 'twenty-fourth red-flag stress set', file: 'red-flag-24-cases.jsonl', about: 'fragments and search-box queries, read after its first run' },
  { name: 'twenty-fifth red-flag stress set', file: 'red-flag-25-cases.jsonl', about: 'hard near misses in the emergencies\' own voices, read after its first run' },
  { name: 'twenty-seventh red-flag stress set', file: 'red-flag-27-cases.jsonl', about: 'a month of ordinary messages, read after its first run' },
  { name: 'twenty-eighth red-flag stress set', file: 'red-flag-28-cases.jsonl', about: 'carers, third persons and "hypothetically", read after its first run' },
  { name: 'thirty-first red-flag stress set', file: 'red-flag-31-cases.jsonl', about: 'English as a second language, read after its first run' },
  { name: 'thirty-third red-flag stress set', file: 'red-flag-33-cases.jsonl', about: 'English as a second language from twenty first languages, read after its first run' },
  { name: 'thirty-fifth red-flag stress set', file: 'red-flag-35-cases.jsonl', about: 'the least textbook writers: formal elders, teen slang, euphemisms, what others noticed; read after its first run' },
  { name: 'thirty-sixth red-flag stress set', file: 'red-flag-36-cases.jsonl', about: "a month's realistic mix, read after its first run" },
  { name: 'thirty-seventh red-flag stress set', file: 'red-flag-37-cases.jsonl', about: 'emergencies in passing inside ordinary questions, and alarming words in calm ones; read after its first run' },
  { name: 'thirty-eighth red-flag stress set', file: 'red-flag-38-cases.jsonl', about: 'terse: fragments and chat shorthand typed fast on a phone; read after its first run' },
  { name: 'thirty-ninth red-flag stress set', file: 'red-flag-39-cases.jsonl', about: 'a week of plain adult messages, what they notice without naming it; read after its first run' },
  { name: 'fortieth red-flag stress set', file: 'red-flag-40-cases.jsonl', about: 'typed on a phone, shorthand, run-ons, emergencies tucked into questions about treatments; read after its first run' },
  { name: 'forty-first red-flag stress set', file: 'red-flag-41-cases.jsonl', about: "plain sentences in the dev cases' style, medical words, British English; read after its first run" },
  { name: 'forty-second red-flag stress set', file: 'red-flag-42-cases.jsonl', about: "3 to 12 words in the dev cases' style; read after its first run" },
  { name: 'forty-third red-flag stress set', file: 'red-flag-43-cases.jsonl', about: 'two to four sentences, the back story first and what is happening now last; read after its first run' },
  { name: 'forty-fourth red-flag stress set', file: 'red-flag-44-cases.jsonl', about: 'the hardest kinds: suicide without the textbook words, overdoses and allergic reactions, blood clots after surgery; read after its first run' },
  { name: 'forty-fifth red-flag stress set', file: 'red-flag-45-cases.jsonl', about: 'bladder, saddle, legs, fever and falls in daily-life words, near misses in the same words; read after its first run' },
  { name: 'forty-sixth red-flag stress set', file: 'red-flag-46-cases.jsonl', about: 'suicide, overdoses, allergic reactions, breathing and clots again, from many kinds of writer; read after its first run' },
  { name: 'forty-seventh red-flag stress set', file: 'red-flag-47-cases.jsonl', about: "a month of a clinic's chat box in the dev cases' style, every flag; read after its first run" },
  { name: 'forty-ninth red-flag stress set', file: 'red-flag-49-cases.jsonl', about: 'suicide, overdoses, allergic reactions, breathing and clots, written after the forty-sixth was read; read after its first run' },
  { name: 'fiftieth red-flag stress set', file: 'red-flag-50-cases.jsonl', about: 'the hardest kinds once more: understated, apologetic, brand names, what carers see; read after its first run' },
  { name: 'fifty-first red-flag stress set', file: 'red-flag-51-cases.jsonl', about: 'the hardest kinds in second-language English, from elders and from teenagers; read after its first run' },
  { name: 'fifty-third red-flag stress set', file: 'red-flag-53-cases.jsonl', about: 'the hardest kinds buried in practical messages, minimised, or in clinical shorthand; read after its first run' },
  { name: 'fifty-fourth red-flag stress set', file: 'red-flag-54-cases.jsonl', about: 'the hardest kinds in 4 to 11 words typed fast; read after its first run' },
  { name: 'fifty-fifth red-flag stress set', file: 'red-flag-55-cases.jsonl', about: 'follow-up messages ("also…", "update:", "ps…") that add the emergency after a chat about treatments, over half of them the hardest kinds; read after its first run' },
  { name: 'fifty-sixth red-flag stress set', file: 'red-flag-56-cases.jsonl', about: 'what people notice or do, without medical words ("can\'t feel the loo roll", "gave the dog away"), two thirds the hardest kinds; read after its first run' },
  { name: 'fifty-seventh red-flag stress set', file: 'red-flag-57-cases.jsonl', about: 'what a relative, neighbour or the writer saw, heard or had to do, without medical words, written after the fifty-sixth was read; read after its first run' },
  { name: 'fifty-eighth red-flag stress set', file: 'red-flag-58-cases.jsonl', about: "plain messages in the dev cases' style, every flag; read after its first run" },
  { name: 'fifty-ninth red-flag stress set', file: 'red-flag-59-cases.jsonl', about: 'the classic spine flags (bladder, bowel, saddle, legs, fever, trauma, chest pain, suicide) in every register; read after its first run' },
  { name: 'sixtieth red-flag stress set', file: 'red-flag-60-cases.jsonl', about: 'the emergency said in passing inside a routine request (booking, prices, forms, parking), half without medical words; read after its first run' },
  { name: 'sixty-first red-flag stress set', file: 'red-flag-61-cases.jsonl', about: "the dev cases' plain style, fifteen of each spine flag, most without textbook words, near misses in the same words; read after its first run" },
  { name: 'sixty-second red-flag stress set', file: 'red-flag-62-cases.jsonl', about: 'fifteen of each spine flag, mostly asked as questions ("is it normal that…", "can I wait…"), near misses in the same shapes; read after its first run' },
  { name: 'sixty-third red-flag stress set', file: 'red-flag-63-cases.jsonl', about: "one short plain sentence each, in the voice of the dev cases' five emergencies, fifteen of each spine flag; read after its first run" },
  { name: 'sixty-fourth red-flag stress set', file: 'red-flag-64-cases.jsonl', about: "short plain messages across every spine flag in the dev cases' style, near misses in the same words; read after its first run" },
  { name: 'sixty-fifth red-flag stress set', file: 'red-flag-65-cases.jsonl', about: 'time and change: emergencies that are sudden, new or getting worse, near misses long-standing, stable, past or settled, in the dev cases\' plain style; read after its first run' },
  { name: 'sixty-sixth red-flag stress set', file: 'red-flag-66-cases.jsonl', about: "the less common emergencies (suicide, too much medicine, allergic reactions, clots, wound infections, chest pain and breathing) and the spine flags, in the dev cases' plain style; read after its first run" },
  { name: 'sixty-seventh red-flag stress set', file: 'red-flag-67-cases.jsonl', about: "misspellings: every emergency and near miss with the typos of the dev cases and worse (doubled letters dropped, words run together, a real word for another), in their plain style; read after its first run" },
  { name: 'sixty-eighth red-flag stress set', file: 'red-flag-68-cases.jsonl', about: 'voice dictation: every emergency and near miss as speech-to-text gives it, unpunctuated, with fillers, spoken punctuation ("comma", "question mark"), numbers and years in words, and misheard words ("blatter", "went week"); read after its first run' },
  { name: 'sixty-ninth red-flag stress set', file: 'red-flag-69-cases.jsonl', about: 'after a procedure: every emergency and near miss from a patient or relative hours to weeks after a fusion, discectomy, laminectomy, injection or ablation, the ordinary course of recovery beside what is not; read after its first run' },
  { name: 'seventy-first red-flag stress set', file: 'red-flag-71-cases.jsonl', about: 'what a worried relative or friend notices without naming it: half the emergencies the indirect signs of suicide (affairs put in order, things given away, letters left, a plan, stockpiled pills), half the physical flags as a relative tells them; near misses in the same voice; read after its first run' },
  { name: 'seventy-second red-flag stress set', file: 'red-flag-72-cases.jsonl', about: "the visitor's own thoughts of suicide or self-harm, mostly without the textbook words (a burden, a plan, pills saved, a bridge, goodbyes, harm already done), from people with long-term back pain; near misses their frustration and idioms ('this pain is killing me', 'done with physio'); read after its first run" },
  { name: 'seventy-third red-flag stress set', file: 'red-flag-73-cases.jsonl', about: 'long messages of 35 to 50 words that tell the whole story, the emergency at the start, the end, in brackets or split across sentences; near misses as long, with the symptom past, checked, stable, denied or asked about; read after its first run' },
  { name: 'seventy-fourth red-flag stress set', file: 'red-flag-74-cases.jsonl', about: "the writer's own thoughts of suicide or self-harm again, from another writer, written after the 72nd's fixes: methods named in plain words, timing, arrangements, rehearsal, passive wishes, second-language English, asides inside questions; near misses the same people's idioms, frustration and medicine questions; read after its first run" },
  { name: 'seventy-fifth red-flag stress set', file: 'red-flag-75-cases.jsonl', about: 'very short messages of 2 to 6 words typed in a hurry ("cnt wee after surgery 2day", "temp 39 after fusion"), every flag; near misses as short; read after its first run' },
  { name: 'seventy-seventh red-flag stress set', file: 'red-flag-77-cases.jsonl', about: "thoughts of suicide or self-harm in the plainest everyday words, short to medium, mostly the person themself, a fourth writer; near misses the same people's tiredness, grief, medicine questions and arrangements; read after its first run" },
  { name: 'seventy-ninth red-flag stress set', file: 'red-flag-79-cases.jsonl', about: "every spine flag beside hard near misses (risks and side effects, definitions, negations, episodes long over, ordinary causes, idioms, study), a sixth writer; read after its first run" },
  // Kept unread: `npm run eval` prints their figures, not their misses, so
  // they still measure wordings nobody has tuned for.
  { name: 'thirteenth red-flag stress set', file: 'red-flag-13-cases.jsonl', about: 'unread', unread: true },
  { name: 'fifteenth red-flag stress set', file: 'red-flag-15-cases.jsonl', about: 'unread', unread: true },
  { name: 'twentieth red-flag stress set', file: 'red-flag-20-cases.jsonl', about: 'unread', unread: true },
  { name: 'twenty-second red-flag stress set', file: 'red-flag-22-cases.jsonl', about: 'unread', unread: true },
  { name: 'twenty-third red-flag stress set', file: 'red-flag-23-cases.jsonl', about: 'unread', unread: true },
  { name: 'twenty-sixth red-flag stress set', file: 'red-flag-26-cases.jsonl', about: 'unread', unread: true },
  { name: 'twenty-ninth red-flag stress set', file: 'red-flag-29-cases.jsonl', about: 'unread', unread: true },
  { name: 'thirtieth red-flag stress set', file: 'red-flag-30-cases.jsonl', about: 'unread', unread: true },
  { name: 'thirty-second red-flag stress set', file: 'red-flag-32-cases.jsonl', about: 'unread', unread: true },
  { name: 'thirty-fourth red-flag stress set', file: 'red-flag-34-cases.jsonl', about: 'unread', unread: true },
  { name: 'forty-eighth red-flag stress set', file: 'red-flag-48-cases.jsonl', about: "a quarter of a US clinic's chat box, every flag, written after the forty-seventh; unread", unread: true },
  { name: 'fifty-second red-flag stress set', file: 'red-flag-52-cases.jsonl', about: "a month of a clinic's chat box in the dev cases' style, every flag; unread", unread: true },
  { name: 'seventieth red-flag stress set', file: 'red-flag-70-cases.jsonl', about: "a plain month of a clinic's chat box across every flag, in the dev cases' voice; unread", unread: true },
  { name: 'seventy-sixth red-flag stress set', file: 'red-flag-76-cases.jsonl', about: "thoughts of suicide or self-harm as a stranger types them in a clinic's chat box, the person themself or a relative describing someone now, by a third writer after the 72nd's and 74th's fixes; written last; unread", unread: true },
  { name: 'seventy-eighth red-flag stress set', file: 'red-flag-78-cases.jsonl', about: "thoughts of suicide or self-harm in plain words from people in long-term pain, a fifth of them a relative describing someone now, by a fifth writer after the learnt model came; unread", unread: true },
  { name: 'eightieth red-flag stress set', file: 'red-flag-80-cases.jsonl', about: "thoughts of suicide or self-harm in long-term pain, direct and indirect, plans, means, goodbyes, some buried in practical questions, a seventh writer, written last; near misses idioms, despair without thoughts of dying, dosing for safety, grief, endings, wills; unread", unread: true },
] as const

export interface RedFlagCase {
  q: string
  urgent: boolean
}

export interface RedFlagFigures {
  urgent: number
  caught: number
  calm: number
  falseAlarms: number
  misses: string[]
  /** Emergencies missed in messages longer than the input limit: the
   * widget's box takes no more than maxInputChars, so a visitor would send
   * the rest as a second message. */
  cutOff: string[]
}

export function evaluateRedFlags(corpus: CompiledCorpus, cases: RedFlagCase[]): RedFlagFigures {
  const matcher = createMatcher(corpus)
  const f: RedFlagFigures = { urgent: 0, caught: 0, calm: 0, falseAlarms: 0, misses: [], cutOff: [] }
  for (const c of cases) {
    const fired = matcher.match(c.q)?.kind === 'urgent'
    if (c.urgent) {
      f.urgent++
      if (fired) f.caught++
      else if (Array.from(c.q).length > matcherConfig.maxInputChars) f.cutOff.push(c.q)
      else f.misses.push(`URGENT MISSED  ${JSON.stringify(c.q)}`)
    } else {
      f.calm++
      if (fired) {
        f.falseAlarms++
        f.misses.push(`FALSE URGENT   ${JSON.stringify(c.q)}`)
      }
    }
  }
  return f
}

export function readCases<T = EvalCase>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T)
}

const plain = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase()
/** What a visitor sees of an entry: its answer and its further-reading
 * links ("is there a guide for veterans" is answered by a link's title). */
const contains = (entry: CompiledEntry, phrases: string[]) => {
  const answer = plain([...entry.answer, ...entry.links.map((link) => link.title)].join(' '))
  return phrases.some((p) => answer.includes(plain(p)))
}

/** Of the in-scope cases, how many get a right entry from `first`. */
export function rankedFirstRight(cases: EvalCase[], first: (q: string) => CompiledEntry | undefined): [number, number] {
  const inScope = cases.filter((c): c is EvalCase & { expect: string[] } => Array.isArray(c.expect))
  const right = inScope.filter((c) => {
    const entry = first(c.q)
    return entry !== undefined && contains(entry, c.expect)
  })
  return [right.length, inScope.length]
}

function describe(result: MatchResult | null): string {
  if (!result) return 'null'
  switch (result.kind) {
    case 'answer': return `answer ${result.entry.id} (${result.score.toFixed(2)}${result.runnerUp ? `, runner-up ${result.runnerUp.id}` : ''})`
    case 'clarify': return `clarify [${result.candidates.map((c) => c.id).join(', ')}] (${result.score.toFixed(2)})`
    case 'fallback': return `fallback${result.topic ? ` topic ${result.topic}` : ''} (${result.score.toFixed(2)})`
    case 'urgent': return `urgent ${result.flag}`
    case 'smalltalk': return `smalltalk ${result.intent}`
  }
}

/** The corpus without any phrasing that is one of `cases`' questions, so a
 * set filed in faq-data/visitor-questions.json is still measured on
 * questions the matcher has not seen (#3). */
export function withoutQuestionsOf(corpus: CompiledCorpus, cases: EvalCase[]): CompiledCorpus {
  const asked = new Set(cases.map((c) => normaliseText(c.q)))
  const unseen = (text: string) => !asked.has(normaliseText(text))
  return {
    ...corpus,
    entries: corpus.entries.map((e) => ({ ...e, alternates: e.alternates.filter(unseen), visitorQuestions: (e.visitorQuestions ?? []).filter(unseen) })),
  }
}

export function evaluateCases(corpus: CompiledCorpus, cases: EvalCase[], config: MatcherConfig = matcherConfig): EvalFigures {
  const matcher = createMatcher(withoutQuestionsOf(corpus, cases), config)
  const f: EvalFigures = { inScope: 0, top1: 0, wrong: 0, inClarify: 0, outOfScope: 0, held: 0, urgent: 0, urgentCaught: 0, falseUrgent: 0, smalltalk: 0, smalltalkRight: 0, misses: [], unanswerable: [] }
  for (const c of cases) {
    const result = matcher.match(c.q)
    const kind = result?.kind
    const miss = (why: string) => f.misses.push(`${why.padEnd(14)} ${JSON.stringify(c.q)} → ${describe(result)}`)
    if (kind === 'urgent' && c.expect !== 'urgent') {
      f.falseUrgent++
      miss('FALSE URGENT')
    }
    if (Array.isArray(c.expect)) {
      f.inScope++
      if (!corpus.entries.some((e) => contains(e, c.expect as string[]))) f.unanswerable.push(c.q)
      if (result?.kind === 'answer' && contains(result.entry, c.expect)) f.top1++
      else if (result?.kind === 'clarify' && result.candidates.some((e) => contains(e, c.expect as string[]))) {
        f.inClarify++
        miss('clarified')
      } else {
        if (result?.kind === 'answer') f.wrong++
        miss(result?.kind === 'answer' ? 'WRONG ANSWER' : 'not answered')
      }
    } else if (c.expect === 'fallback') {
      f.outOfScope++
      if (kind === 'fallback' || kind === 'clarify' || kind === 'smalltalk') f.held++
      else if (kind !== 'urgent') miss('ANSWERED OOS')
    } else if (c.expect === 'urgent') {
      f.urgent++
      if (kind === 'urgent') f.urgentCaught++
      else miss('URGENT MISSED')
    } else {
      f.smalltalk++
      if (kind === 'smalltalk') f.smalltalkRight++
      else miss('not smalltalk')
    }
  }
  return f
}
