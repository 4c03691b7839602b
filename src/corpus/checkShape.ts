// A small declarative type check for the curated JSON: every missing, unknown
// or mistyped field is reported with its path, not just the first (#2).
import type { JsonPath } from './parseJsonWithLines'
import { messages } from './messages'

export type Shape =
  /** A string with at least one non-space character. */
  | { kind: 'text' }
  /** A finite number. */
  | { kind: 'number' }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'list'; of: Shape }
  /** Every field required, no others allowed. */
  | { kind: 'object'; fields: Readonly<Record<string, Shape>> }
  /** Any keys, each value of one shape. */
  | { kind: 'map'; of: Shape }
  /** Object shapes told apart by which field they have (Quote vs ClinicCopy). */
  | { kind: 'either'; options: readonly { when: string; shape: Shape & { kind: 'object' } }[] }

export interface ShapeIssue {
  path: JsonPath
  message: string
}

export function checkShape(value: unknown, shape: Shape, path: JsonPath = []): ShapeIssue[] {
  const name = fieldName(path)
  switch (shape.kind) {
    case 'text':
      if (typeof value !== 'string') return [{ path, message: messages.wrongType(name, 'a string', value) }]
      return value.trim() ? [] : [{ path, message: messages.emptyText(name) }]
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? [] : [{ path, message: messages.wrongType(name, 'a number', value) }]
    case 'oneOf':
      return typeof value === 'string' && shape.values.includes(value) ? [] : [{ path, message: messages.notOneOf(name, shape.values, value) }]
    case 'list':
      if (!Array.isArray(value)) return [{ path, message: messages.wrongType(name, 'a list [ … ]', value) }]
      return value.flatMap((item, i) => checkShape(item, shape.of, [...path, i]))
    case 'map':
      if (!isPlainObject(value)) return [{ path, message: messages.wrongType(name, 'an object { … }', value) }]
      return Object.entries(value).flatMap(([key, item]) => checkShape(item, shape.of, [...path, key]))
    case 'object': {
      if (!isPlainObject(value)) return [{ path, message: messages.wrongType(name, 'an object { … }', value) }]
      const expected = Object.keys(shape.fields)
      const issues: ShapeIssue[] = []
      for (const key of expected) {
        if (!(key in value)) issues.push({ path, message: messages.missingField(fieldName([...path, key]), expected) })
      }
      for (const key of Object.keys(value)) {
        if (!expected.includes(key)) issues.push({ path: [...path, key], message: messages.unknownField(fieldName([...path, key]), expected) })
      }
      for (const key of expected) {
        if (key in value) issues.push(...checkShape(value[key], shape.fields[key]!, [...path, key]))
      }
      return issues
    }
    case 'either': {
      const option = isPlainObject(value) ? shape.options.find((o) => o.when in value) : undefined
      if (!option) return [{ path, message: messages.notEither(name, shape.options.map((o) => Object.keys(o.shape.fields))) }]
      return checkShape(value, option.shape, path)
    }
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `answer[1].text`: the top-level position is dropped, since the problem
 * already names the entry (or item) by its id. */
function fieldName(path: JsonPath): string {
  let name = ''
  for (const part of path) {
    if (typeof part === 'number') name += name ? `[${part}]` : ''
    else name += name ? `.${part}` : part
  }
  return name || (typeof path[0] === 'number' ? `item ${path[0] + 1} of the list` : 'the file')
}
