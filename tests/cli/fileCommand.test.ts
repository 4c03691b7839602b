import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyCorpus } from '../corpus/corpusFixture'
import { runCli } from './runCli'

const filedIn = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'visitor-questions.json'), 'utf8'))

describe('faq-widget file', () => {
  it("files the visitor's words under the entry and says what the widget now shows for them", async () => {
    const dir = await copyCorpus()
    const run = await runCli('file', 'heat-or-cold', 'shud i put ice on it or a heat pack', '--data', dir)
    expect(run.code).toBe(0)
    expect((await filedIn(dir))['heat-or-cold']).toEqual(['hot water bottle or frozen peas??', 'shud i put ice on it or a heat pack'])
    expect(run.stdout).toMatch(/filed "shud i put ice on it or a heat pack" under "heat-or-cold" in .*visitor-questions\.json \(2 questions there\); run npm run build/)
    expect(run.stdout).toMatch(/the widget now shows the answer "heat-or-cold"/)
  })

  it('names the words the widget learns nothing from, since no entry uses them', async () => {
    const dir = await copyCorpus()
    const run = await runCli('file', 'staying-active', 'is walking ok after the trampoline', '--data', dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/no entry uses .*"trampolin…", so the widget learns nothing from those words; map a lay word .* in synonyms\.json/)
    expect(run.stdout).not.toMatch(/"walk…"/)
  })

  it('warns when what the widget learns from a question is too few words to tell it from others', async () => {
    const dir = await copyCorpus()
    const run = await runCli('file', 'staying-active', 'what do my grandkids think about walking', '--data', dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/it reads only as "[a-z ]*walk…", which any question with those words shares; consider leaving it unfiled/)
    const plain = await runCli('file', 'staying-active', 'is walking every day good for my back', '--data', dir)
    expect(plain.stdout).not.toMatch(/reads only as/)
    // A question it learns nothing from is named as such, not as reading "…".
    const none = await runCli('file', 'staying-active', 'trampolines hammocks', '--data', dir)
    expect(none.stdout).toMatch(/learns nothing from those words/)
    expect(none.stdout).not.toMatch(/reads only as/)
  })

  it('creates visitor-questions.json when the data has none', async () => {
    const dir = await copyCorpus()
    await rm(path.join(dir, 'visitor-questions.json'))
    expect((await runCli('file', 'staying-active', 'can i still go to the gym', '--data', dir)).code).toBe(0)
    expect(await filedIn(dir)).toEqual({ 'staying-active': ['can i still go to the gym'] })
  })

  it('refuses an id that is not an entry, suggesting the one meant, and writes nothing', async () => {
    const dir = await copyCorpus()
    const before = await readFile(path.join(dir, 'visitor-questions.json'), 'utf8')
    const run = await runCli('file', 'heat-or-cod', 'ice or heat', '--data', dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/\[faq-widget\] "heat-or-cod" is not an entry id \(did you mean "heat-or-cold"\?\)/)
    expect(await readFile(path.join(dir, 'visitor-questions.json'), 'utf8')).toBe(before)
  })

  it('refuses words that already lead to another entry, naming it', async () => {
    const dir = await copyCorpus()
    const before = await readFile(path.join(dir, 'visitor-questions.json'), 'utf8')
    const run = await runCli('file', 'heat-or-cold', 'Is walking good for back pain?', '--data', dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/already leads to entry "staying-active"/)
    expect(run.stderr).toMatch(/visitor-questions\.json was not written; it is unchanged/)
    expect(await readFile(path.join(dir, 'visitor-questions.json'), 'utf8')).toBe(before)
  })

  it('does nothing when the words already lead to that entry', async () => {
    const dir = await copyCorpus()
    const run = await runCli('file', 'heat-or-cold', 'Hot water bottle or frozen peas?', '--data', dir)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/already leads to entry "heat-or-cold".*nothing to do/)
    expect((await filedIn(dir))['heat-or-cold']).toHaveLength(1)
  })

  it('writes nothing into data that has problems, and lists them with their place', async () => {
    const dir = await copyCorpus()
    await writeFile(path.join(dir, 'visitor-questions.json'), '{ "heat-or-cold": ["ice?",] }\n')
    const run = await runCli('file', 'heat-or-cold', 'ice or heat', '--data', dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/visitor-questions\.json:1 is not valid JSON at line 1, column 27/)
    expect(await readFile(path.join(dir, 'visitor-questions.json'), 'utf8')).toBe('{ "heat-or-cold": ["ice?",] }\n')
  })

  it('says how to use it when the entry or the question is missing', async () => {
    const run = await runCli('file', 'heat-or-cold')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Usage: npx faq-widget file ENTRY-ID "the visitor's question"/)
  })
})
