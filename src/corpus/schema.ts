// The shapes of the curated corpus (faq-data/) and of the compiled corpus
// (dist/corpus.json) that the matcher and the widget read. See issue #2.

/** A passage quoted word for word from a source article, named by its slug
 * (the file name in faq-data/articles/ without `.txt`). */
export interface Quote {
  source: string
  text: string
}

/** Copy the clinic wrote itself rather than quoted from an article. The
 * marker keeps "nothing is generated" auditable: every shown sentence is
 * either a Quote or explicitly clinic-authored. */
export interface ClinicCopy {
  origin: 'clinic-authored'
  text: string
}

export type Copy = Quote | ClinicCopy

export interface Link {
  title: string
  href: string
}

export type EntryStatus = 'draft' | 'vetted'

/** One curated question and its vetted answer, as a curator edits it in
 * faq-data/entries/*.json (each file holds an array of these). */
export interface FaqEntry {
  id: string
  status: EntryStatus
  question: string
  /** How visitors would ask it, in their own words (at least 4). */
  alternates: string[]
  keywords: string[]
  answer: Quote[]
  links: Link[]
}

/** A call to action such as "Schedule an appointment". */
export interface Action {
  id: string
  label: string
  href: string
}

/** faq-data/site.json: the clinic-level copy. */
export interface SiteCopy {
  clinicName: string
  /** Lines of the scraped page that are navigation, forms or footers, not
   * article text; removed whenever an article is read. */
  pageFurniture: string[]
  disclaimer: { short: Copy; full: Quote }
  actions: Action[]
  greeting: { text: Copy; starters: string[] }
  fallback: { text: Copy; actions: string[] }
}

/** faq-data/smalltalk.json: an array of these. */
export interface SmalltalkIntent {
  id: string
  /** Whole messages (after normalising case and punctuation) that mean it. */
  patterns: string[]
  reply: ClinicCopy
}

/** One emergency red flag and where its wording comes from. */
export interface RedFlag {
  id: string
  label: string
  /** The clinical source of the red flag, e.g. the NHS back-pain page. */
  source: { title: string; url: string }
  /** Case-insensitive regular expressions tested against the visitor's text. */
  patterns: string[]
  /** "question": a question that speaks of no one ("can a disc make your
   * legs go numb?") is a question about the flag. "report": it is read as a
   * report anyway, as "how much oxycodone would kill you" must be (#3). */
  asked: 'question' | 'report'
  /** Reports no pattern foresaw, as concepts met together (#3): each rule
   * names concepts of `UrgentCopy.concepts`, and fires when a word of each
   * stands within a few words of a word of the first ("my quads keep
   * buckling, worse today"). A name written "*name" is context that may
   * stand anywhere in the message: the operation two sentences before the
   * swollen calf. */
  together: string[][]
}

/** Words that change what a red-flag phrase near them means (#3). They are
 * curated with the flags, in the visitors' language. */
export interface RedFlagCues {
  /** Just before it, in its clause: the visitor does not have it ("no"). */
  negation: string[]
  /** Just before it: a question about risk or meaning ("can… cause", "what is"). */
  question: string[]
  /** Right after it: asked about as a cause or effect ("… a side effect of"). */
  cause: string[]
  /** Shortly after it, in its sentence: it has passed ("finally broke"). */
  resolved: string[]
  /** Earlier in its sentence with no `present` cue after them, or shortly
   * after it: it happened long ago ("back in yyyy", "as a teenager"; yyyy
   * stands for any year from 1900 to 2099). */
  past: string[]
  /** After a past cue: it is happening again now ("years ago… and now"). */
  present: string[]
  /** Anywhere in the message: it is about the topic, not a report
   * ("for my homework", "figuratively speaking"). */
  framing: string[]
  /** Words that make a message about someone ("i", "my", "mum"): a flag in
   * a sentence that opens as a question, in a message with none of them,
   * is asked about, not reported ("can a disc make your legs go numb?").
   * Absent from a corpus built before it. */
  personal?: string[]
  /** Later in the sentence of a question cue: it is happening after all
   * ("if someone couldnt feel their leg right now"). Absent from a corpus
   * built before it. */
  happening?: string[]
}

/** faq-data/urgent.json */
export interface UrgentCopy {
  message: ClinicCopy
  actions: Action[]
  /** Chat shorthand and slips written out before red flags are read, whole
   * words in lower case: "rn" → "right now", "cant fell" → "cant feel". */
  spoken: Record<string, string>
  cues: RedFlagCues
  /** Named word lists for `RedFlag.together`: each item a case-insensitive
   * regular expression for whole words ("quads?", "buckl\\w*"). */
  concepts: Record<string, string[]>
  flags: RedFlag[]
}

/** faq-data/red-flag-model.json, written by `npm run train-flags` (#3): a
 * logistic regression over a message's words and pairs of neighbouring
 * words, trained on the read red-flag sets, that raises `flag` when the
 * curated patterns and rules have not and its probability passes
 * `threshold`. */
export interface RedFlagModelFile {
  about: string
  flag: string
  threshold: number
  bias: number
  /** A word ("tonight") or two neighbouring words ("wake up"), as the
   * red flags read them (lower case, folded, spoken forms written out). */
  weights: Record<string, number>
}

/** faq-data/real-words.json, written by `npm run real-words` (#3): English
 * words the corpus does not use that one changed letter would turn into a
 * word it does ("infection" → "injection"), so the spelling corrector does
 * not change a letter of them. */
export interface RealWordsFile {
  about: string
  words: string[]
}

/** faq-data/synonyms.json: lay words and abbreviations mapped to the words
 * the corpus uses, e.g. "esi" → "epidural steroid injection", and the stop
 * words that carry no topic in a question ("the", "is"). */
export interface Synonyms {
  terms: Record<string, string>
  stopWords: string[]
}

/** faq-data/visitor-questions.json: questions visitors asked, as they typed
 * them, filed under the id of the entry that answers each (#3). A curator
 * files a missed question here instead of rewording it as an alternate. */
export type VisitorQuestions = Record<string, string[]>

/** faq-data/out-of-scope.json: topics the clinic chooses not to answer
 * (insurance, prices, hours...), each held back with the fallback. */
export interface OutOfScopeTopic {
  id: string
  patterns: string[]
}

export interface ArticleRef {
  title: string
  url: string
}

/** An entry as shipped: vetted only, quotes resolved to their text. */
export interface CompiledEntry {
  id: string
  question: string
  alternates: string[]
  /** From faq-data/visitor-questions.json: read like a visitor's question
   * (typos corrected) and ranked like alternates. Absent from a corpus
   * built before them. */
  visitorQuestions?: string[]
  /** The visitor questions as the matcher reads them, each its terms joined
   * by spaces: written by the build in place of visitorQuestions, so the
   * browser does not read them again (src/match/shipCorpus.ts). */
  visitorTerms?: string[]
  keywords: string[]
  /** The passages shown, in order. */
  answer: string[]
  /** The articles the passages come from, first one primary. */
  sources: ArticleRef[]
  links: Link[]
}

/** dist/corpus.json, written by `faq-widget build`. */
export interface CompiledCorpus {
  version: 1
  clinicName: string
  disclaimer: { short: string; full: string; source: ArticleRef }
  actions: Action[]
  greeting: { text: string; starters: { id: string; question: string }[] }
  fallback: { text: string; actions: string[] }
  smalltalk: { id: string; patterns: string[]; reply: string }[]
  urgent: {
    message: string
    actions: Action[]
    /** Longest form first. Absent from a corpus built before it. */
    spoken?: Record<string, string>
    cues: RedFlagCues
    /** Absent, with `together`, from a corpus built before "together" rules. */
    concepts?: Record<string, string[]>
    flags: { id: string; patterns: string[]; together?: string[][]; asked?: 'question' | 'report' }[]
    /** `minScore` is the threshold's log-odds. Absent without the file. */
    model?: { flag: string; bias: number; minScore: number; weights: Record<string, number> }
  }
  synonyms: Record<string, string>
  stopWords: string[]
  /** Absent without the file, and from a corpus built before it. */
  realWords?: string[]
  outOfScope: OutOfScopeTopic[]
  entries: CompiledEntry[]
}
