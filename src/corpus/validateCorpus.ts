// Every rule a data directory must pass before it can ship, each reported
// with file, line and entry id; all problems are listed, not just the first
// (#2).
import { checkShape, isPlainObject } from './checkShape'
import { fileShapes } from './corpusShapes'
import { findPassage, matchingWordCount } from './findPassage'
import type { Problem } from './formatProblem'
import type { CorpusFileKey, JsonFile, LoadedCorpus } from './loadCorpusDir'
import { messages } from './messages'
import type { JsonPath } from './parseJsonWithLines'
import { isSafeHref } from './safeHref'
import { conceptRef } from './conceptRef'

export const VALIDATION = Object.freeze({
  /** Alternates per entry: curated phrasings are what matching relies on most. */
  minAlternates: 4,
  /** Red-flag and out-of-scope patterns are compiled case-insensitive and
   * Unicode, stricter than the matcher's case-insensitive reading, so a
   * pattern valid here also runs there (src/match/compilePattern.ts). */
  patternFlags: 'iu',
  /** Site copy that may be a Quote, and so must be found in its article. */
  siteCopy: ['disclaimer.short', 'disclaimer.full', 'greeting.text', 'fallback.text'],
})

/** Where in a file a value sits, and the id of the item it belongs to. */
interface Located<T> {
  at: JsonFile
  path: JsonPath
  value: T
  id?: string
}

type Item = Located<Record<string, unknown>>

/** What every rule sees: the data, already split into located items. */
interface Context {
  loaded: LoadedCorpus
  report(place: Omit<Located<unknown>, 'value'>, message: string, subPath?: JsonPath): void
  entries: Item[]
  siteActions: Item[]
  urgentActions: Item[]
  flags: Item[]
  smalltalk: Item[]
  topics: Item[]
  articles: Map<string, string>
}

export function validateCorpus(loaded: LoadedCorpus): Problem[] {
  const problems: Problem[] = [...loaded.problems]
  const { site, urgent, smalltalk, outOfScope } = loaded.files
  const context: Context = {
    loaded,
    report: (place, message, subPath = []) =>
      problems.push({
        file: place.at.file,
        line: place.at.json.lineOf([...place.path, ...subPath]),
        ...(place.id !== undefined && { entry: place.id }),
        message,
      }),
    entries: loaded.entryFiles.flatMap((at) => items(at, [])),
    siteActions: items(site, ['actions']),
    urgentActions: items(urgent, ['actions']),
    flags: items(urgent, ['flags']),
    smalltalk: items(smalltalk, []),
    topics: items(outOfScope, []),
    articles: new Map(loaded.articles.map(({ article }) => [article.slug, article.text])),
  }
  for (const rule of [fieldsAndTypes, uniqueIds, quotedWordForWord, safeLinks, enoughDistinctPhrasings, siteReferencesExist, patternsCompile, redFlagConceptsExist, spokenFormsAreWords, stopWordsAreWords, redFlagModelFits, realWordsAreWords]) {
    rule(context)
  }
  // Read top to bottom, file by file, like the curator edits.
  return problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1))
}

function fieldsAndTypes({ loaded, report }: Context): void {
  const files: [JsonFile, keyof typeof fileShapes][] = [
    ...loaded.entryFiles.map((f): [JsonFile, 'entries'] => [f, 'entries']),
    ...(Object.entries(loaded.files) as [CorpusFileKey, JsonFile][]).map(([key, f]): [JsonFile, CorpusFileKey] => [f, key]),
  ]
  for (const [at, key] of files) {
    for (const issue of checkShape(at.json.value, fileShapes[key])) {
      report({ at, path: issue.path, id: idOwning(at.json.value, issue.path) }, issue.message)
    }
  }
}

/** Ids are how starters, actions and analytics refer to things. */
function uniqueIds({ report, entries, siteActions, urgentActions, flags, smalltalk, topics }: Context): void {
  for (const group of [entries, siteActions, urgentActions, flags, smalltalk, topics]) {
    const seen = new Map<string, string>()
    for (const item of group) {
      if (item.id === undefined) continue
      const first = seen.get(item.id)
      if (first) report(item, messages.duplicateId(item.id, first), ['id'])
      else seen.set(item.id, `${item.at.file}:${item.at.json.lineOf([...item.path, 'id'])}`)
    }
  }
}

/** Every shown passage is quoted word for word from its article. */
function quotedWordForWord({ loaded, report, entries, articles }: Context): void {
  const check = (place: Located<unknown>, name: string) => {
    const { source, text } = isPlainObject(place.value) ? place.value : {}
    if (typeof source !== 'string' || typeof text !== 'string' || !text.trim()) return
    const articleText = articles.get(source)
    if (articleText === undefined) report(place, messages.unknownSource(source, [...articles.keys()]), ['source'])
    else if (findPassage(articleText, text) === undefined) {
      report(place, messages.passageNotFound(name, source, text, matchingWordCount(articleText, text)), ['text'])
    }
  }
  for (const entry of entries) {
    listAt(entry.value.answer).forEach((quote, i) => check({ ...entry, path: [...entry.path, 'answer', i], value: quote }, 'answer'))
  }
  const site = loaded.files.site
  for (const name of site ? VALIDATION.siteCopy : []) {
    const path = name.split('.')
    check({ at: site!, path, value: valueAt(site!.json.value, path) }, name)
  }
}

/** Links must not run script or leave through a protocol-relative URL. */
function safeLinks({ report, entries, siteActions, urgentActions, flags }: Context): void {
  const check = (place: Located<unknown>, field: string, name: string) => {
    const href = isPlainObject(place.value) ? place.value[field] : undefined
    if (typeof href === 'string' && href.trim() && !isSafeHref(href)) report(place, messages.unsafeHref(name, href), [field])
  }
  for (const entry of entries) {
    listAt(entry.value.links).forEach((link, i) => check({ ...entry, path: [...entry.path, 'links', i], value: link }, 'href', `links[${i}].href`))
  }
  for (const action of [...siteActions, ...urgentActions]) check(action, 'href', 'actions.href')
  for (const flag of flags) check({ ...flag, path: [...flag.path, 'source'], value: flag.value.source }, 'url', 'source.url')
}

/** Enough phrasings per entry, and no phrasing claimed by two entries, a
 * visitor's question filed under an entry included. */
function enoughDistinctPhrasings({ loaded, report, entries }: Context): void {
  const owners = new Map<string, string>()
  const claim = (place: Omit<Located<unknown>, 'value'>, id: string, text: unknown, sub: JsonPath) => {
    const key = typeof text === 'string' ? comparable(text) : ''
    if (!key) return
    const owner = owners.get(key)
    if (owner === undefined) owners.set(key, id)
    else if (owner !== id) report(place, messages.sharedPhrasing(text as string, owner), sub)
  }
  for (const entry of entries) {
    const alternates = entry.value.alternates
    if (Array.isArray(alternates) && alternates.length < VALIDATION.minAlternates) {
      report(entry, messages.tooFewAlternates(alternates.length, VALIDATION.minAlternates), ['alternates'])
    }
    if (entry.id === undefined) continue
    const own: JsonPath[] = [['question'], ...listAt(alternates).map((_, i): JsonPath => ['alternates', i])]
    for (const sub of own) claim(entry, entry.id, valueAt(entry.value, sub), sub)
  }
  const at = loaded.files.visitorQuestions
  const filed = at?.json.value
  if (!at || !isPlainObject(filed)) return
  const ids = new Set(entries.map((e) => e.id))
  for (const [id, questions] of Object.entries(filed)) {
    if (!ids.has(id)) report({ at, path: [id] }, messages.unknownVisitorEntry(id))
    else listAt(questions).forEach((text, i) => claim({ at, path: [id, i], id }, id, text, []))
  }
}

/** Greeting starters and fallback actions must point at what exists. */
function siteReferencesExist({ loaded, report, entries, siteActions }: Context): void {
  const site = loaded.files.site
  if (!site) return
  const statusById = new Map(entries.filter((e) => e.id !== undefined).map((e) => [e.id!, e.value.status]))
  listAt(valueAt(site.json.value, ['greeting', 'starters'])).forEach((id, i) => {
    if (typeof id !== 'string' || !id.trim()) return
    const place = { at: site, path: ['greeting', 'starters', i] }
    if (!statusById.has(id)) report(place, messages.unknownStarter(id))
    else if (statusById.get(id) !== 'vetted') report(place, messages.unvettedStarter(id))
  })
  const actionIds = siteActions.flatMap((a) => (a.id === undefined ? [] : [a.id]))
  listAt(valueAt(site.json.value, ['fallback', 'actions'])).forEach((id, i) => {
    if (typeof id === 'string' && id.trim() && !actionIds.includes(id)) report({ at: site, path: ['fallback', 'actions', i] }, messages.unknownAction(id, actionIds))
  })
}

/** Red-flag and out-of-scope patterns run on every message; one that does
 * not compile would stop the matcher (or miss an emergency). */
function patternsCompile({ report, flags, topics }: Context): void {
  for (const owner of [...flags, ...topics]) {
    listAt(owner.value.patterns).forEach((pattern, i) => {
      const problem = patternProblem(pattern, flags.includes(owner))
      if (problem) report(owner, problem, ['patterns', i])
    })
  }
}

/** Why `pattern` would not compile in the matcher, if it would not.
 * `joined`: a red flag's pattern or a concept's word, which the matcher
 * also searches in one expression with the others of its list, where a
 * group reference would point at another pattern's group and a group name
 * could be taken twice. */
function patternProblem(pattern: unknown, joined: boolean): string | undefined {
  if (typeof pattern !== 'string') return undefined
  try {
    new RegExp(pattern, VALIDATION.patternFlags)
  } catch (e) {
    return messages.badPattern(pattern, (e as Error).message)
  }
  // Escaped backslashes out first: "\\1" is a backslash and a 1.
  if (joined && /\\[1-9k]|\(\?<[^=!]/.test(pattern.replace(/\\\\/g, ''))) return messages.groupReference(pattern)
  // Red flags run on lower-cased text without the i flag, whose code V8
  // has to keep beside the page's own (#3): "MRI" would never match.
  if (joined && /[A-Z]/.test(pattern.replace(/\\./g, ''))) return messages.upperCasePattern(pattern)
  return undefined
}

/** A red flag's "together" rules name concepts that exist, two or more a
 * rule, and every concept's words compile as patterns do. */
function redFlagConceptsExist({ loaded, report, flags }: Context): void {
  const at = loaded.files.urgent
  if (!at) return
  const concepts = valueAt(at.json.value, ['concepts'])
  const known = isPlainObject(concepts) ? Object.keys(concepts) : []
  for (const name of known) {
    listAt(valueAt(concepts, [name])).forEach((word, i) => {
      const problem = patternProblem(word, true)
      if (problem) report({ at, path: ['concepts', name, i] }, problem)
    })
  }
  for (const flag of flags) {
    listAt(flag.value.together).forEach((rule, i) => {
      const names = listAt(rule)
      if (names.length < 2) report(flag, messages.loneConcept(), ['together', i])
      names.forEach((name, k) => {
        if (typeof name === 'string' && !known.includes(conceptRef(name).name)) report(flag, messages.unknownConcept(name, known), ['together', i, k])
      })
    })
  }
}

/** A spoken form is found as whole lower-case words in the visitor's
 * folded text ("cant" without its apostrophe), so anything else never
 * matches, and its words out are read by patterns written in lower case. */
function spokenFormsAreWords({ loaded, report }: Context): void {
  const at = loaded.files.urgent
  const spoken = at && valueAt(at.json.value, ['spoken'])
  if (!at || !isPlainObject(spoken)) return
  for (const [form, words] of Object.entries(spoken)) {
    if (!/^[a-z0-9]+( [a-z0-9]+)*$/.test(form) || (typeof words === 'string' && words !== words.toLowerCase())) report({ at, path: ['spoken', form] }, messages.badSpokenForm(form))
  }
}

/** The red-flag model raises a flag that exists, at a probability between 0
 * and 1, and weighs words as the red flags read them: one or two whole
 * lower-case words, so anything else would never count (#3). */
function redFlagModelFits({ loaded, report, flags }: Context): void {
  const at = loaded.files.redFlagModel
  const model = at?.json.value
  if (!at || !isPlainObject(model)) return
  const ids = flags.map((f) => f.id).filter((id): id is string => typeof id === 'string')
  if (typeof model.flag === 'string' && !ids.includes(model.flag)) report({ at, path: ['flag'] }, messages.unknownModelFlag(model.flag, ids))
  if (typeof model.threshold === 'number' && !(model.threshold > 0 && model.threshold < 1)) report({ at, path: ['threshold'] }, messages.badModelThreshold(model.threshold))
  for (const term of isPlainObject(model.weights) ? Object.keys(model.weights) : []) {
    if (!/^[\p{Ll}\p{N}]+( [\p{Ll}\p{N}]+)?$/u.test(term)) report({ at, path: ['weights', term] }, messages.badModelTerm(term))
  }
}

/** The spelling corrector sees a visitor's words in lower-case Latin
 * letters, so a real word written otherwise would never be spared (#3). */
function realWordsAreWords({ loaded, report }: Context): void {
  const at = loaded.files.realWords
  if (!at) return
  listAt(valueAt(at.json.value, ['words'])).forEach((word, i) => {
    if (typeof word === 'string' && !/^[a-z]+$/.test(word)) report({ at, path: ['words', i] }, messages.badRealWord(word))
  })
}

/** The matcher drops a visitor's word when it equals a stop word exactly,
 * so "The" or "of the" would never match anything; and it maps synonyms
 * after dropping stop words, so "sure thing" would never map (#3). */
function stopWordsAreWords({ loaded, report }: Context): void {
  const at = loaded.files.synonyms
  if (!at) return
  const stopWords = listAt(valueAt(at.json.value, ['stopWords']))
  stopWords.forEach((word, i) => {
    if (typeof word === 'string' && !/^[\p{Ll}\p{N}]+$/u.test(word)) report({ at, path: ['stopWords', i] }, messages.badStopWord(word))
  })
  const terms = valueAt(at.json.value, ['terms'])
  for (const phrase of isPlainObject(terms) ? Object.keys(terms) : []) {
    if (comparable(phrase).split(' ').every((word) => stopWords.includes(word))) report({ at, path: ['terms', phrase] }, messages.deadSynonym(phrase))
  }
}

/** Case, punctuation and spacing do not make two phrasings different. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** The objects in the list at `path`, each with its id if it has one. */
function items(at: JsonFile | undefined, path: JsonPath): Item[] {
  if (!at) return []
  return listAt(valueAt(at.json.value, path)).flatMap((value, i) =>
    isPlainObject(value) ? [{ at, path: [...path, i], value, ...(typeof value.id === 'string' && { id: value.id }) }] : [],
  )
}

function listAt(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function valueAt(value: unknown, path: JsonPath): unknown {
  let current = value
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key]
    else if (isPlainObject(current) && typeof key === 'string') current = current[key]
    else return undefined
  }
  return current
}

/** The id of the innermost listed item (entry, action, flag…) on the path. */
function idOwning(root: unknown, path: JsonPath): string | undefined {
  let id: string | undefined
  for (let n = 1; n <= path.length; n++) {
    if (typeof path[n - 1] !== 'number') continue
    const item = valueAt(root, path.slice(0, n))
    if (isPlainObject(item) && typeof item.id === 'string') id = item.id
  }
  return id
}
