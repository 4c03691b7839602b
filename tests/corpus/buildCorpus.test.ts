import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildCorpus, writeCorpus } from '../../src/corpus/buildCorpus'
import { copyCorpus, editJson, FIXTURE_DIR } from './corpusFixture'

describe('buildCorpus', () => {
  it('ships vetted entries only', async () => {
    const { corpus } = await buildCorpus(FIXTURE_DIR)
    expect(corpus!.entries.map((e) => e.id)).toEqual(['staying-active', 'heat-or-cold'])
  })

  it('shows passages in the article’s own wording, not the curator’s typing', async () => {
    const { corpus } = await buildCorpus(FIXTURE_DIR)
    expect(corpus!.entries[0]!.answer).toEqual(['Gentle walking keeps the spine’s joints moving and helps muscles recover.'])
    expect(corpus!.entries[1]!.answer).toEqual(['Use whichever feels better — neither is harmful when wrapped in a cloth.'])
  })

  it('names each answer’s article by its title and address', async () => {
    const { corpus } = await buildCorpus(FIXTURE_DIR)
    expect(corpus!.entries[0]!.sources).toEqual([{ title: 'Back Care Basics: A Short Guide', url: '/blog/back-care-basics' }])
    expect(corpus!.disclaimer.source).toEqual({ title: 'Back Care Basics: A Short Guide', url: '/blog/back-care-basics' })
  })

  it('flattens site copy to the text shown and resolves greeting starters to their questions', async () => {
    const { corpus } = await buildCorpus(FIXTURE_DIR)
    expect(corpus!.disclaimer.short).toBe('General information only, not medical advice.')
    expect(corpus!.greeting).toEqual({ text: 'Hello! Ask me about back care.', starters: [{ id: 'staying-active', question: 'Should I stay active with back pain?' }] })
    expect(corpus!.smalltalk[0]!.reply).toBe('Hello! What would you like to know?')
    expect(corpus!.urgent.flags).toEqual([{ id: 'bladder', asked: 'question', patterns: ['(lost|losing|loss of) (bladder|bowel) control'], together: [['bladderPart', 'giveWay']] }])
    expect(corpus!.urgent.concepts).toEqual({ bladderPart: ['bladder', 'bowels?'], giveWay: ['gave way', 'let go'] })
  })

  it('compiles a red-flag model with its threshold as log-odds, and none without the file', async () => {
    expect((await buildCorpus(FIXTURE_DIR)).corpus!.urgent.model).toBeUndefined()
    const dir = await copyCorpus()
    await writeFile(path.join(dir, 'red-flag-model.json'), JSON.stringify({ about: 'test', flag: 'bladder', threshold: 0.9, bias: -2, weights: { leaking: 1.5, 'wet myself': 2 } }))
    const model = (await buildCorpus(dir)).corpus!.urgent.model!
    expect(model).toMatchObject({ flag: 'bladder', bias: -2, weights: { leaking: 1.5, 'wet myself': 2 } })
    expect(model.minScore).toBeCloseTo(Math.log(9))
  })

  it('compiles the real words the spelling corrector spares, and none without the file', async () => {
    expect((await buildCorpus(FIXTURE_DIR)).corpus!.realWords).toBeUndefined()
    const dir = await copyCorpus()
    await writeFile(path.join(dir, 'real-words.json'), JSON.stringify({ about: 'test', words: ['infection'] }))
    expect((await buildCorpus(dir)).corpus!.realWords).toEqual(['infection'])
  })

  it('resolves a quoted greeting to the article’s text', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'site.json', (site) => { site.greeting.text = { source: 'back-care-basics', text: "Bed rest for more than a day or two tends to slow recovery." } })
    expect((await buildCorpus(dir)).corpus!.greeting.text).toBe('Bed rest for more than a day or two tends to slow recovery.')
  })

  it('files each visitor question under its entry, apart from the curated alternates', async () => {
    const { corpus } = await buildCorpus(FIXTURE_DIR)
    expect(corpus!.entries[0]!.visitorQuestions).toEqual(['my back is killing me shud i just stay in bed'])
    expect(corpus!.entries[0]!.alternates).not.toContain('my back is killing me shud i just stay in bed')
  })

  it('ships spoken forms longest first, so a longer form is written out before one it begins with', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'urgent.json', (urgent) => { urgent.spoken = { 'twenty twenty': '2020', rn: 'right now', 'twenty twenty one': '2021' } })
    const { corpus } = await buildCorpus(dir)
    expect(Object.keys(corpus!.urgent.spoken!)).toEqual(['twenty twenty one', 'twenty twenty', 'rn'])
  })

  it('gives no corpus when there is a problem', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'entries/basics.json', (entries) => { entries[0].alternates = [] })
    const { corpus, problems } = await buildCorpus(dir)
    expect(corpus).toBeUndefined()
    expect(problems).toHaveLength(1)
  })
})

describe('writeCorpus', () => {
  it('writes the corpus as JSON, leaving no temporary file, and reports its size', async () => {
    const dir = await copyCorpus()
    const { corpus } = await buildCorpus(FIXTURE_DIR)
    const file = path.join(path.dirname(dir), 'dist', 'corpus.json')
    const size = await writeCorpus(corpus!, file)
    const text = await readFile(file, 'utf8')
    expect(JSON.parse(text)).toEqual(corpus)
    expect(size.bytes).toBe(Buffer.byteLength(text))
    expect(size.gzipBytes).toBeLessThan(size.bytes)
    expect(await readdir(path.dirname(file))).toEqual(['corpus.json'])
  })

  it('replaces an existing file whole', async () => {
    const file = path.join(path.dirname(await copyCorpus()), 'corpus.json')
    await writeFile(file, 'old')
    await writeCorpus((await buildCorpus(FIXTURE_DIR)).corpus!, file)
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1)
  })

  it('writes the same bytes for the same data', async () => {
    const root = path.dirname(await copyCorpus())
    for (const name of ['a.json', 'b.json']) await writeCorpus((await buildCorpus(FIXTURE_DIR)).corpus!, path.join(root, name))
    expect(await readFile(path.join(root, 'a.json'), 'utf8')).toBe(await readFile(path.join(root, 'b.json'), 'utf8'))
  })
})
