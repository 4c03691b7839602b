// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { optionTables, readOption, type OptionSource } from '../../src/widget/readOption'
import { readOptions } from '../../src/widget/readOptions'

const loaderUrl = 'https://cdn.example/faq/faq-widget.js'

function read(...sources: OptionSource[]) {
  const warnings: string[] = []
  const options = readOptions(sources, loaderUrl, optionTables, (m) => warnings.push(m))
  return { options, warnings }
}

describe('the options', () => {
  it('are read from data-* attributes, as the dataset spells them', () => {
    const { options, warnings } = read({
      values: { title: 'Ask Valor Spine', color: '#0b5cab', position: 'bottom-left', offset: '32px', zIndex: '99', open: '', persist: 'true', analytics: 'false', scheduleUrl: '/book' },
      fromData: true,
    })
    expect(warnings).toEqual([])
    expect(options).toMatchObject({ title: 'Ask Valor Spine', color: '#0b5cab', position: 'bottom-left', offset: 32, zIndex: 99, open: true, persist: true, analytics: false, scheduleUrl: '/book' })
  })

  it('are read from a config object with typed values', () => {
    const { options } = read({ values: { offset: 8, open: true, strings: { send: 'Senden' } } })
    expect(options).toMatchObject({ offset: 8, open: true, strings: { send: 'Senden' } })
  })

  it('take the defaults when nothing is given', () => {
    const { options } = read()
    expect(options).toMatchObject(optionTables.defaults)
    expect(options.persist).toBeFalsy()
    expect(options.analytics).toBeFalsy()
  })

  it('let data attributes win over the config object', () => {
    const { options } = read({ values: { title: 'From config' } }, { values: { title: 'From tag' }, fromData: true })
    expect(options.title).toBe('From tag')
  })

  it('find corpus.json beside the loader by default, and a given corpus relative to the page', () => {
    expect(read().options.corpus).toBe('https://cdn.example/faq/corpus.json')
    expect(read({ values: { corpus: '/data/corpus.json' } }).options.corpus).toBe(new URL('/data/corpus.json', document.baseURI).href)
  })

  it('warn once about an invalid value, naming the attribute and what would be valid, and use the default', () => {
    const { options, warnings } = read({ values: { position: 'top-left', color: 'red', offset: 'lots' }, fromData: true })
    expect(options).toMatchObject({ position: 'bottom-right', color: '#0b5cab', offset: 20 })
    expect(warnings).toEqual([
      '[faq-widget] data-position="top-left" is not valid; use bottom-right or bottom-left. Using the default.',
      '[faq-widget] data-color="red" is not valid; use a colour like #0b5cab. Using the default.',
      '[faq-widget] data-offset="lots" is not valid; use a whole number (of px for offset). Using the default.',
    ])
  })

  it('warn once about an unknown option and list the known ones', () => {
    const { warnings } = read({ values: { colour: '#fff' }, fromData: true })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^\[faq-widget\] data-colour is not an option and was ignored; options: .*data-schedule-url.*data-color/)
    expect(warnings[0]).not.toContain('data-strings')
  })

  it('name config keys as written in FaqWidgetConfig', () => {
    const { warnings } = read({ values: { zIndex: 'high' } })
    expect(warnings).toEqual(['[faq-widget] zIndex="high" is not valid; use a whole number (of px for offset). Using the default.'])
  })

  it('read one option silently for the loader', () => {
    expect(readOption([{ values: { color: 'blue' } }, { values: { color: '#123' } }], 'color')).toBe('#123')
    expect(readOption([{ values: { color: 'blue' } }], 'color')).toBe('#0b5cab')
  })
})
