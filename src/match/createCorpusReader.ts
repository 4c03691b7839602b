// How the matcher reads a corpus's words (#3): its analyser and a spelling
// corrector over the corpus's own vocabulary. One place, so the build reads
// visitor questions (shipCorpus) exactly as the matcher reads a visitor.
import type { CompiledCorpus } from '../corpus/schema'
import { createSpellingCorrector, type SpellingCorrector } from './correctSpelling'
import { createTextAnalyser, type TextAnalyser } from './createTextAnalyser'

export interface CorpusReader {
  analyser: TextAnalyser
  /** Each word of the entries, synonyms, small talk and stop words, and how often it is used. */
  vocabulary: ReadonlyMap<string, number>
  /** English words the corpus does not use, whose letters the corrector leaves alone. */
  realWords: ReadonlySet<string>
  correct: SpellingCorrector
}

export function createCorpusReader(corpus: CompiledCorpus): CorpusReader {
  const analyser = createTextAnalyser(corpus.synonyms, corpus.stopWords)
  const vocabulary = new Map<string, number>()
  const count = (text: string) => {
    for (const word of analyser.words(text)) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1)
  }
  for (const entry of corpus.entries) [entry.question, ...entry.alternates, ...entry.keywords, ...entry.answer].forEach(count)
  Object.keys(corpus.synonyms).forEach(count)
  for (const intent of corpus.smalltalk) intent.patterns.forEach(count)
  for (const word of corpus.stopWords) vocabulary.set(word, vocabulary.get(word) ?? 1)
  const realWords = new Set(corpus.realWords)
  return { analyser, vocabulary, realWords, correct: createSpellingCorrector(vocabulary, realWords) }
}
