// Turns a valid data directory into dist/corpus.json: vetted entries only,
// every quote resolved to the article's own wording, every copy flattened to
// the string the widget shows (#2).
import { findPassage } from './findPassage'
import type { LoadedCorpus } from './loadCorpusDir'
import type {
  ArticleRef, CompiledCorpus, CompiledEntry, Copy, FaqEntry, OutOfScopeTopic, Quote, RealWordsFile, RedFlagModelFile, SiteCopy, SmalltalkIntent, Synonyms, UrgentCopy, VisitorQuestions,
} from './schema'

/** Spoken forms, longest first: the matcher finds them with one
 * alternation, which takes the first that fits, so "twenty twenty one" must
 * come before "twenty twenty" (#3). */
export function spokenLongestFirst(spoken: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(spoken).sort(([a], [b]) => b.length - a.length))
}

/** Compiles a data directory that validateCorpus found no problem in. */
export function compileCorpus(loaded: LoadedCorpus): CompiledCorpus {
  const articles = new Map(loaded.articles.map(({ article }) => [article.slug, article]))
  const ref = (slug: string): ArticleRef => {
    const { title, url } = articles.get(slug)!
    return { title, url }
  }
  // The article's wording wins over the curator's typing of it (quotes, dashes).
  const quoted = (quote: Quote): string => findPassage(articles.get(quote.source)!.text, quote.text)!
  const flatten = (copy: Copy): string => ('source' in copy ? quoted(copy) : copy.text)

  const site = loaded.files.site!.json.value as SiteCopy
  const urgent = loaded.files.urgent!.json.value as UrgentCopy
  const model = loaded.files.redFlagModel?.json.value as RedFlagModelFile | undefined
  const smalltalk = loaded.files.smalltalk!.json.value as SmalltalkIntent[]
  const vocabulary = loaded.files.synonyms?.json.value as Synonyms | undefined
  const realWords = loaded.files.realWords?.json.value as RealWordsFile | undefined
  const outOfScope = (loaded.files.outOfScope?.json.value as OutOfScopeTopic[] | undefined) ?? []
  const asked = (loaded.files.visitorQuestions?.json.value as VisitorQuestions | undefined) ?? {}

  const entries: CompiledEntry[] = loaded.entryFiles
    .flatMap((f) => f.json.value as FaqEntry[])
    .filter((e) => e.status === 'vetted')
    .map((e) => ({
      id: e.id,
      question: e.question,
      alternates: e.alternates,
      visitorQuestions: Object.hasOwn(asked, e.id) ? asked[e.id]! : [],
      keywords: e.keywords,
      answer: e.answer.map(quoted),
      sources: [...new Set(e.answer.map((q) => q.source))].map(ref),
      links: e.links.map(({ title, href }) => ({ title, href })),
    }))
  const questions = new Map(entries.map((e) => [e.id, e.question]))

  return {
    version: 1,
    clinicName: site.clinicName,
    disclaimer: { short: flatten(site.disclaimer.short), full: quoted(site.disclaimer.full), source: ref(site.disclaimer.full.source) },
    actions: site.actions.map(({ id, label, href }) => ({ id, label, href })),
    greeting: { text: flatten(site.greeting.text), starters: site.greeting.starters.map((id) => ({ id, question: questions.get(id)! })) },
    fallback: { text: flatten(site.fallback.text), actions: site.fallback.actions },
    smalltalk: smalltalk.map(({ id, patterns, reply }) => ({ id, patterns, reply: reply.text })),
    urgent: {
      message: urgent.message.text,
      actions: urgent.actions.map(({ id, label, href }) => ({ id, label, href })),
      spoken: spokenLongestFirst(urgent.spoken),
      cues: { negation: urgent.cues.negation, question: urgent.cues.question, cause: urgent.cues.cause, resolved: urgent.cues.resolved, past: urgent.cues.past, present: urgent.cues.present, framing: urgent.cues.framing, personal: urgent.cues.personal, happening: urgent.cues.happening },
      concepts: urgent.concepts,
      flags: urgent.flags.map(({ id, asked, patterns, together }) => ({ id, asked, patterns, together })),
      ...(model && { model: { flag: model.flag, bias: model.bias, minScore: Math.log(model.threshold / (1 - model.threshold)), weights: model.weights } }),
    },
    synonyms: vocabulary?.terms ?? {},
    stopWords: vocabulary?.stopWords ?? [],
    ...(realWords && { realWords: realWords.words }),
    outOfScope: outOfScope.map(({ id, patterns }) => ({ id, patterns })),
    entries,
  }
}

