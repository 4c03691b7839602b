import { describe, expect, it } from 'vitest'
import { parseJsonWithLines } from '../../src/corpus/parseJsonWithLines'

describe('parseJsonWithLines', () => {
  it('gives the line of each key and array item', () => {
    const { json } = parseJsonWithLines('[\n  {\n    "id": "a",\n    "answer": [\n      { "text": "x" },\n      { "text": "y" }\n    ]\n  }\n]')
    expect(json!.lineOf([0, 'id'])).toBe(3)
    expect(json!.lineOf([0, 'answer', 1, 'text'])).toBe(6)
    expect(json!.lineOf([0, 'missing'])).toBe(2)
  })

  it('turns a syntax error into line and column', () => {
    const { error } = parseJsonWithLines('{\n  "id": "a",\n}')
    expect(error).toMatchObject({ line: 3, column: 1 })
    expect(error!.reason).toMatch(/property name/)
  })

  it('places an unexpected token, which the parser quotes without a position, on its own line', () => {
    expect(parseJsonWithLines('{ "a": ["x",] }\n').error).toMatchObject({ line: 1, column: 13 })
    const long = `{\n${'  "k": "a long enough value",\n'.repeat(4)}  "list": [\n    "x",\n  ],\n  "b": 1\n}\n`
    expect(parseJsonWithLines(long).error).toMatchObject({ line: 8, column: 3 })
  })

  it('places an unfinished file at its end', () => {
    expect(parseJsonWithLines('[\n  1,\n').error).toMatchObject({ line: 3, column: 1 })
  })
})
