// The corpus as written to dist/ (#3): each entry's visitor questions are
// read once here, as the matcher reads a visitor's words, and shipped as
// terms. Reading 1,583 of them, typos corrected, had doubled the time the
// browser took to build the matcher, and their text made the file 13 KB
// larger gzipped than their terms do.
import type { CompiledCorpus } from '../corpus/schema'
import { createCorpusReader } from './createCorpusReader'
import { visitorTermsOf } from './createEntryIndex'

export function shipCorpus(corpus: CompiledCorpus): CompiledCorpus {
  const { analyser, correct } = createCorpusReader(corpus)
  const terms = visitorTermsOf(corpus.entries, analyser, correct)
  return {
    ...corpus,
    entries: corpus.entries.map(({ visitorQuestions: _read, ...entry }, i) => ({ ...entry, visitorTerms: terms[i]! })),
  }
}
