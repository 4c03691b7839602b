// One normal form for everything the matcher compares (#3): lower case,
// accents folded ("vertébrale" → "vertebrale"), apostrophes dropped so "can't"
// and "cant" agree, anything that is not a letter or digit turned into a space.
// Letters of every script survive, so Arabic or Hebrew text stays as words.

/** Lower case, accents folded, apostrophes dropped; punctuation kept. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
}

/** A sentence that opens as a question; "can barely walk" and "where they
 * did the epidural is swollen" open reports. */
export const questionOpening = /^\s*(what|whats|how|why|when|where(?! (?:they|he|she|i|we|the|my|his|her)\b)|which|who|can(?! barely| hardly| not| only| no longer)|could|is|are|am|does|do|did|should|will|would|any|anyone)\b/

export function normaliseText(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}
