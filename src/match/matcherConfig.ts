// Every tunable of the matcher in one place (#3). The bands were calibrated on
// tests/match/eval-cases.jsonl (`npm run eval`), and checked on the sets
// written apart from it; change them only with a fresh eval run
// (tests/match/README.md says which sets have been read).

export const matcherConfig = Object.freeze({
  /** Input is cut to this many characters before anything else, so a pasted
   * essay cannot stall the page (10,000 chars took ~2 s in naive fuse.js). */
  maxInputChars: 300,

  /** Confidence (0..1, coverage × phrasing, see createEntryIndex) at or
   * above which the best entry is answered outright... */
  answerMin: 0.29,
  /** (answerMin was 0.25 and answerClearMin 0.2 until visitor questions
   * were filed: they raise every confidence a little; both were set again on
   * the seventeen question sets at once.) ...provided it leads the
   * runner-up by this share of its own confidence. */
  answerMargin: 0.05,
  /** Below answerMin, an entry is still answered from answerClearMin when it
   * leads the runner-up by answerClearMargin (the runner-up has at most half
   * its confidence): long, chatty questions score low, but one clear winner
   * among low scores was right on every unseen question it changed. */
  answerClearMin: 0.25,
  answerClearMargin: 0.5,
  /** A message of longQuestionTerms content terms or more spends most of
   * them on backstory, so its confidence runs low: its best entry is
   * answered from answerLongMin when it leads by answerLongMargin. */
  longQuestionTerms: 10,
  answerLongMin: 0.12,
  answerLongMargin: 0.35,
  /** A question whose terms together say less than this (createEntryIndex's
   * specificity) is never answered outright: "pain" (0.84) or "back pain"
   * (1.56) alone gets "Did you mean…", "am I a candidate" (1.65) an answer.
   * Higher cost right answers on the question sets for no fewer wrong ones. */
  specificityMin: 1.6,
  /** Below answerMin but at or above this, the visitor is asked "Did you mean…". */
  clarifyMin: 0.15,
  /** Clarify lists at most this many entries... */
  clarifyMax: 3,
  /** ...each at least this share of the best one's confidence. */
  clarifyRelative: 0.5,

  /** Credit for a query word found only in an entry's answer text, not in its
   * question, alternates or keywords (those count fully). */
  answerWordCredit: 0.5,
  /** Credit for a query word whose longer or shorter form ("fail" and
   * "failure") is in an entry; both at least variantMinLength letters and
   * at most variantMaxExtra apart. */
  variantCredit: 0.8,
  variantMinLength: 4,
  variantMaxExtra: 3,
  /** Entries with the best coverage that are re-ranked by phrasing; the
   * rest are never close (see createEntryIndex). 20 and 40 give the same
   * figures on every question set; 20 halves the re-ranking. */
  prefilterLimit: 20,
  /** Credit when a whole phrasing sits inside a longer question. */
  containedCredit: 0.85,

  /** Spelling correction against the corpus vocabulary: words shorter than
   * minCorrectLength are left alone; up to 1 edit below twoEditLength, else 2
   * (from 7 letters, "shoulder" became "should" and dropped out). */
  minCorrectLength: 4,
  twoEditLength: 9,
  /** Below this length a letter is never replaced by another, only added,
   * dropped or swapped with its neighbour: "shoes" stays, not "shots". */
  substitutionMinLength: 7,

  /** The red-flag cues of faq-data/urgent.json are looked for within this
   * many words of a red-flag phrase: negation and question cues before it
   * in its clause ("no bladder problems", "can sciatica cause bladder
   * problems"), cause cues right after it in its clause ("is chest pain a
   * side effect of…"), resolved cues after it in its sentence ("ran a fever
   * for a day, then it went away"). */
  negationWindow: 3,
  /** A "together" rule's words (one per concept) each lie within this many
   * words of its first concept's word, sentence breaks included, counted
   * between the nearer ends of phrases ("took a massive hit … neck is
   * screaming"); a context concept ("*afterSurgery") may stand anywhere. */
  togetherWindow: 8,
  causeWindow: 6,
  /** Words after a hit, in its sentence, searched for a sign it has passed.
   * 16, not 12: "…redness at the stitch holes 5 days after my
   * microdiscectomy, nurse looked today and said its normal healing"; 16
   * took twelve false alarms off read sets and one off an unread set and hid
   * one emergency, "she was walking fine yesterday", until "walking fine"
   * became "walking fine now" and its kin. */
  resolvedWindow: 16,
})

type Widen<T> = T extends number ? number : T extends string ? string : T extends readonly (infer U)[] ? readonly Widen<U>[] : T
export type MatcherConfig = { readonly [K in keyof typeof matcherConfig]: Widen<(typeof matcherConfig)[K]> }
