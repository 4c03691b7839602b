// A hostile copy of the real compiled corpus for the XSS tests (#5): every
// string the widget shows, and every href it may link, carries an attack.
import type { CompiledCorpus, CompiledEntry } from '../../src/corpus/schema'
import { createMatcher } from '../../src/match/createMatcher'
import { unsafeHrefs, xssPayloads } from './xssPayloads'

export interface XssCorpus {
  corpus: CompiledCorpus
  /** The entries that carry payloads, each with one of its own phrasings
   * that the matcher answers with it (entries it cannot reach are left out). */
  targets: { id: string; ask: string }[]
}

/** How many entries carry payloads: enough to spread all of them, few enough
 * that the test asks a handful of questions. */
const carriers = 8

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!

export function buildXssCorpus(real: CompiledCorpus): XssCorpus {
  const entries = real.entries.map((entry, i): CompiledEntry => {
    if (i >= carriers) return entry
    const mine = xssPayloads.filter((_, k) => k % carriers === i)
    const hrefs = unsafeHrefs.filter((_, k) => k % carriers === i)
    return {
      ...entry,
      question: `${entry.question} ${pick(xssPayloads, i)}`,
      answer: [...entry.answer, ...mine],
      sources: entry.sources.map((source, s) => ({ title: `${source.title} ${pick(mine, s)}`, url: pick(unsafeHrefs, i + s) })),
      links: [
        ...entry.links.map((link, l) => ({ title: `${link.title} ${pick(mine, l + 1)}`, href: link.href })),
        ...hrefs.map((href, h) => ({ title: pick(mine, h + 2), href })),
      ],
      // Keys a careless renderer might spread onto an element.
      ...({ dangerouslySetInnerHTML: { __html: '<img src=x onerror=window.__pwned=1>' } } as object),
    }
  })
  const corpus: CompiledCorpus = {
    ...real,
    clinicName: `${real.clinicName} <img src=x onerror=window.__pwned=1>`,
    disclaimer: {
      short: `${real.disclaimer.short} <script>window.__pwned=1</script>`,
      full: `${real.disclaimer.full} <svg onload=window.__pwned=1>`,
      source: { title: `${real.disclaimer.source.title} <b onclick=window.__pwned=1>x</b>`, url: 'javascript:window.__pwned=1' },
    },
    actions: real.actions.map((action, i) => ({ ...action, label: `${action.label} ${pick(xssPayloads, i + 3)}`, href: pick(unsafeHrefs, i) })),
    greeting: {
      text: `${real.greeting.text} <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
      starters: real.greeting.starters.map((starter, i) => ({ ...starter, question: `${starter.question} ${pick(xssPayloads, i + 5)}` })),
    },
    fallback: { ...real.fallback, text: `${real.fallback.text} <a href="javascript:window.__pwned=1">more</a>` },
    urgent: {
      ...real.urgent,
      message: `${real.urgent.message} <img src=x onerror=alert(1)>`,
      actions: real.urgent.actions.map((action, i) => ({ ...action, label: `${action.label} ${pick(xssPayloads, i + 7)}`, href: pick(unsafeHrefs, i + 4) })),
    },
    smalltalk: real.smalltalk.map((intent, i) => ({ ...intent, reply: `${intent.reply} ${pick(xssPayloads, i + 11)}` })),
    entries,
  }
  // JSON.parse makes "__proto__" an own key: a merge that walks keys
  // naively would pollute Object.prototype with it.
  const withProto = JSON.parse(
    JSON.stringify(corpus).replace(/^\{/, '{"__proto__":{"dangerouslySetInnerHTML":{"__html":"<img src=x onerror=window.__pwned=1>"}},'),
  ) as CompiledCorpus
  const matcher = createMatcher(withProto)
  const targets = withProto.entries.slice(0, carriers).flatMap((entry) => {
    const ask = entry.alternates.find((question) => {
      const result = matcher.match(question)
      return result?.kind === 'answer' && result.entry.id === entry.id
    })
    return ask ? [{ id: entry.id, ask }] : []
  })
  return { corpus: withProto, targets }
}
