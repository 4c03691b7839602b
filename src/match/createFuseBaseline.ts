// fuse.js as the matcher's yardstick (#3). `npm run eval` and `npm run bench`
// rank the same questions with these fuse.js set-ups beside createMatcher, so
// the reason the widget does not ship fuse.js stays measurable: on this
// corpus it ranked the right entry first less often (README, "Matching"),
// cost 8–10 KB gzip on first open, and grew with the corpus size. Nothing
// the browser loads imports this file.
import Fuse, { type IFuseOptions } from 'fuse.js'
import type { CompiledCorpus, CompiledEntry } from '../corpus/schema'

export interface FuseBaseline {
  /** Entries best first, as fuse.js ranks them for `text`. */
  rank(text: string): CompiledEntry[]
}

export const fuseBaselines = Object.freeze({
  /** The naive set-up: fuzzy search of the canonical question alone. */
  'fuse.js on the question': { keys: ['question'] } satisfies IFuseOptions<CompiledEntry>,
  /** The best fuse.js set-up measured here: every curated phrasing, matched
   * anywhere in the field, word by word with IDF weights (token search). */
  'fuse.js token search': {
    keys: [
      { name: 'question', weight: 2 },
      { name: 'alternates', weight: 2 },
      { name: 'keywords', weight: 1 },
    ],
    ignoreLocation: true,
    useTokenSearch: true,
    threshold: 0.4,
  } satisfies IFuseOptions<CompiledEntry>,
})

export type FuseBaselineName = keyof typeof fuseBaselines

export function createFuseBaseline(corpus: CompiledCorpus, name: FuseBaselineName): FuseBaseline {
  const fuse = new Fuse(corpus.entries, fuseBaselines[name])
  return { rank: (text) => fuse.search(text.slice(0, 300)).map((hit) => hit.item) }
}
