// JSON.parse plus the line of every key and array item, so a problem can be
// reported as file:line rather than "somewhere in fusion.json" (#2).

export type JsonPath = readonly (string | number)[]

export interface ParsedJson {
  value: unknown
  /** Keys given twice in one object: JSON.parse silently keeps the last. */
  duplicateKeys: { path: JsonPath; line: number }[]
  /** Line of the value at `path` (of its key, for object members); falls back
   * to the nearest enclosing value that exists. */
  lineOf(path: JsonPath): number
}

export interface JsonSyntaxError {
  line: number
  column: number
  reason: string
}

export function parseJsonWithLines(raw: string): { json?: ParsedJson; error?: JsonSyntaxError } {
  const text = raw.replace(/^\uFEFF/, '')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { error: syntaxError(text, (e as Error).message) }
  }
  const { lines, duplicateKeys } = indexLines(text)
  return {
    json: {
      value,
      duplicateKeys,
      lineOf(path) {
        for (let n = path.length; n >= 0; n--) {
          const line = lines.get(pointer(path.slice(0, n)))
          if (line !== undefined) return line
        }
        return 1
      },
    },
  }
}

function pointer(path: JsonPath): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

function syntaxError(text: string, message: string): JsonSyntaxError {
  const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)$/, '')
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message)
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]), reason }
  const position = /at position (\d+)/.exec(message)
  const at = position ? Number(position[1]) : (unexpectedTokenAt(text, message) ?? text.length)
  const before = text.slice(0, at).split('\n')
  return { line: before.length, column: before[before.length - 1]!.length + 1, reason }
}

/** V8 words an unexpected token ("a trailing comma: [1,]") with no position,
 * quoting the text around it instead: the whole text when short, else ten
 * characters either side of the token, cut with "...". */
function unexpectedTokenAt(text: string, message: string): number | undefined {
  const quoted = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message)
  if (!quoted) return undefined
  const [, token, cut, context] = quoted as unknown as [string, string, string | undefined, string]
  const start = text.indexOf(context)
  if (start < 0) return undefined
  return start + (cut ? 10 : Math.max(context.indexOf(token), 0))
}

/** Walks text already known to be valid JSON, recording each value's line. */
function indexLines(text: string): { lines: Map<string, number>; duplicateKeys: { path: JsonPath; line: number }[] } {
  const lines = new Map<string, number>()
  const duplicateKeys: { path: JsonPath; line: number }[] = []
  let i = 0
  let line = 1
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) {
      if (text[i] === '\n') line++
      i++
    }
  }
  const readString = (): string => {
    const start = i++
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  const readValue = (path: (string | number)[]) => {
    skipSpace()
    const key = pointer(path)
    if (!lines.has(key)) lines.set(key, line)
    const open = text[i]
    if (open === '{' || open === '[') {
      i++
      skipSpace()
      if (text[i] === (open === '{' ? '}' : ']')) {
        i++
        return
      }
      for (let index = 0; ; index++) {
        skipSpace()
        if (open === '{') {
          const keyLine = line
          const member = [...path, readString()]
          if (lines.has(pointer(member))) duplicateKeys.push({ path: member, line: keyLine })
          else lines.set(pointer(member), keyLine)
          skipSpace()
          i++ // the ':'
          readValue(member)
        } else {
          readValue([...path, index])
        }
        skipSpace()
        if (text[i++] !== ',') return
      }
    }
    if (open === '"') readString()
    else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++
  }
  readValue([])
  return { lines, duplicateKeys }
}
