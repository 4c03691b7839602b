// The shapes of faq-data/ files for checkShape, mirroring schema.ts (#2).
import type { Shape } from './checkShape'

const text: Shape = { kind: 'text' }
const texts: Shape = { kind: 'list', of: text }

export const quoteShape = { kind: 'object', fields: { source: text, text } } as const satisfies Shape
export const clinicCopyShape = { kind: 'object', fields: { origin: { kind: 'oneOf', values: ['clinic-authored'] }, text } } as const satisfies Shape
const copyShape: Shape = { kind: 'either', options: [{ when: 'origin', shape: clinicCopyShape }, { when: 'source', shape: quoteShape }] }
const linkShape: Shape = { kind: 'object', fields: { title: text, href: text } }
const actionShape: Shape = { kind: 'object', fields: { id: text, label: text, href: text } }

export const entryShape: Shape = {
  kind: 'object',
  fields: {
    id: text,
    status: { kind: 'oneOf', values: ['draft', 'vetted'] },
    question: text,
    alternates: texts,
    keywords: texts,
    answer: { kind: 'list', of: quoteShape },
    links: { kind: 'list', of: linkShape },
  },
}

export const fileShapes: Readonly<Record<'site' | 'smalltalk' | 'urgent' | 'redFlagModel' | 'realWords' | 'synonyms' | 'outOfScope' | 'visitorQuestions' | 'entries', Shape>> = Object.freeze({
  entries: { kind: 'list', of: entryShape },
  site: {
    kind: 'object',
    fields: {
      clinicName: text,
      pageFurniture: texts,
      disclaimer: { kind: 'object', fields: { short: copyShape, full: quoteShape } },
      actions: { kind: 'list', of: actionShape },
      greeting: { kind: 'object', fields: { text: copyShape, starters: texts } },
      fallback: { kind: 'object', fields: { text: copyShape, actions: texts } },
    },
  },
  smalltalk: { kind: 'list', of: { kind: 'object', fields: { id: text, patterns: texts, reply: clinicCopyShape } } },
  urgent: {
    kind: 'object',
    fields: {
      message: clinicCopyShape,
      actions: { kind: 'list', of: actionShape },
      spoken: { kind: 'map', of: text },
      cues: { kind: 'object', fields: { negation: texts, question: texts, cause: texts, resolved: texts, past: texts, present: texts, framing: texts, personal: texts, happening: texts } },
      concepts: { kind: 'map', of: texts },
      flags: {
        kind: 'list',
        of: {
          kind: 'object',
          fields: {
            id: text,
            label: text,
            source: { kind: 'object', fields: { title: text, url: text } },
            asked: { kind: 'oneOf', values: ['question', 'report'] },
            patterns: texts,
            together: { kind: 'list', of: texts },
          },
        },
      },
    },
  },
  redFlagModel: { kind: 'object', fields: { about: text, flag: text, threshold: { kind: 'number' }, bias: { kind: 'number' }, weights: { kind: 'map', of: { kind: 'number' } } } },
  realWords: { kind: 'object', fields: { about: text, words: texts } },
  synonyms: { kind: 'object', fields: { terms: { kind: 'map', of: text }, stopWords: texts } },
  outOfScope: { kind: 'list', of: { kind: 'object', fields: { id: text, patterns: texts } } },
  visitorQuestions: { kind: 'map', of: texts },
})
