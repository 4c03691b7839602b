import { describe, expect, it } from 'vitest'
import { matchCorpus } from './fixtures/matchCorpus'
import { createSpellingCorrector, editDistance } from '../../src/match/correctSpelling'
import { createTextAnalyser } from '../../src/match/createTextAnalyser'
import { normaliseText } from '../../src/match/normaliseText'
import { stemWord } from '../../src/match/stemWord'

describe('normaliseText', () => {
  it('lower-cases, folds accents and curly apostrophes, and turns punctuation into spaces', () => {
    expect(normaliseText('Can’t I get a FUSIÓN?!  (PRP)')).toBe('cant i get a fusion prp')
  })

  it('keeps letters of every script', () => {
    expect(normaliseText('ما هو؟ 🙂')).toBe('ما هو')
  })
})

describe('stemWord', () => {
  it.each([
    [['recovery', 'recover', 'recovering', 'recovered']],
    [['fuse', 'fused', 'fusing', 'fusion', 'fusions']],
    [['inject', 'injected', 'injection', 'injections']],
    [['mobile', 'mobility']],
    [['tear', 'tears']],
    [['normal', 'normally']],
    [['surgical', 'surgically']],
  ])('folds the family %j onto one stem', (family) => {
    expect(new Set(family.map(stemWord)).size).toBe(1)
  })

  it('leaves words whose final s is not a plural alone', () => {
    expect(stemWord('stenosis')).toBe('stenosis')
    expect(stemWord('annulus')).toBe('annulus')
  })
})

describe('spelling correction', () => {
  const correct = createSpellingCorrector(new Map([['steroid', 3], ['injection', 5], ['eligible', 1], ['fibrin', 4], ['fibrosus', 1], ['shots', 2], ['fusion', 9]]), new Set())

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('fibirn', 'fibrin', 2)).toBe(1)
  })

  it('replaces a misspelt word by the nearest corpus word', () => {
    expect(correct('sterod')).toBe('steroid')
    expect(correct('injecton')).toBe('injection')
    expect(correct('eligable')).toBe('eligible')
    expect(correct('fibrn')).toBe('fibrin')
  })

  it('corrects a short word only for a letter missing, added or swapped, not replaced', () => {
    expect(correct('shoes')).toBe('shoes')
    expect(correct('fusoin')).toBe('fusion')
    expect(correct('fusin')).toBe('fusion')
  })

  it('leaves short words and words far from the vocabulary alone', () => {
    expect(correct('pee')).toBe('pee')
    expect(correct('medicare')).toBe('medicare')
  })

  it('leaves a known word with a common ending alone, but still corrects a plural', () => {
    const corrector = createSpellingCorrector(new Map([['crash', 1], ['crashed', 1], ['crush', 1], ['chest', 1]]), new Set())
    expect(corrector('crushed')).toBe('crushed')
    expect(corrector('chests')).toBe('chest')
  })

  it('changes no letter of a real word the corpus does not use, but still mends one missing or extra', () => {
    const vocabulary = new Map([['injection', 5], ['losing', 2]])
    const corrector = createSpellingCorrector(vocabulary, new Set(['infection', 'loosing']))
    expect(corrector('infection')).toBe('infection')
    expect(corrector('loosing')).toBe('losing')
    expect(corrector('injectoin')).toBe('injection')
    expect(createSpellingCorrector(vocabulary, new Set())('infection')).toBe('injection')
  })

  it('breaks a tie for a doubled letter typed once or twice, before how common the word is', () => {
    const corrector = createSpellingCorrector(new Map([['blade', 9], ['bladder', 1], ['swole', 5], ['swollen', 1]]), new Set())
    expect(corrector('blader')).toBe('bladder')
    expect(corrector('swolen')).toBe('swollen')
    expect(corrector('bladel')).toBe('blade')
  })

  it('splits two known words run together only when asked to, and only when no one-word correction exists', () => {
    const words = new Map([['chest', 1], ['pain', 1], ['cant', 1], ['feel', 1], ['painful', 1]])
    const splitting = createSpellingCorrector(words, new Set(), true)
    expect(splitting('chestpain')).toBe('chest pain')
    expect(splitting('cantfeel')).toBe('cant feel')
    expect(splitting('painfull')).toBe('painful')
    expect(splitting('chestache')).toBe('chestache')
    expect(createSpellingCorrector(words, new Set())('chestpain')).toBe('chestpain')
  })
})

describe('the text analyser', () => {
  const stopWords = ['is', 'the', 'for', 'my', 'an', 'will', 'you', 'me', 'much', 'all', 'do', 'they', 'am', 'i']
  const analyser = createTextAnalyser({ esi: 'epidural steroid injection', eligible: 'candidate', 'put under': 'anesthesia', 'down time': 'recovery' }, stopWords)

  it('drops stop words and stems what is left', () => {
    expect(analyser.terms('Is the injection for my discs?')).toEqual(['inject', 'disc'])
  })

  it('expands abbreviations and matches synonym phrases across stop words', () => {
    expect(analyser.terms('what is an ESI')).toEqual(['what', 'epidur', 'steroid', 'inject'])
    expect(analyser.terms('will you put me under')).toEqual(['anesthesi'])
  })

  it('maps a phrase left with one content word only when its stop words are close by', () => {
    expect(analyser.terms('how much down time')).toEqual(['how', 'recover'])
    expect(analyser.terms('my back hurts all the time')).toEqual(['back', 'hurt', 'tim'])
    expect(analyser.terms('where do they put the screws')).toEqual(['wher', 'put', 'screw'])
  })

  it('maps such a phrase only when its stop words sit on the same side as in the phrase', () => {
    const goTo = createTextAnalyser({ 'the go to': 'the default' }, ['the', 'to', 'should', 'i', 'is', 'for'])
    expect(goTo.terms('is fusion the go to for this')).toEqual(['fus', 'default', 'this'])
    expect(goTo.terms('should i go to the er')).toEqual(['go', 'er'])
  })

  it('reads the clinic’s synonyms for height apart from a shorter recovery', () => {
    const { synonyms, stopWords } = matchCorpus()
    const clinic = createTextAnalyser(synonyms, stopWords)
    expect(clinic.terms('will i be shorter after fusion')).toContain('height')
    expect(clinic.terms('will the recovery be shorter after fibrin')).not.toContain('height')
  })

  it('prefers a phrase that needs its stop words nearby over a single word with the same content', () => {
    // Both rules start at "hurting"; "still hurting" is the more specific.
    const withBoth = createTextAnalyser({ hurting: 'pain', 'still hurting': 'persistent pain' }, ['still', 'after', 'i', 'am'])
    expect(withBoth.terms('still hurting after surgery')).toEqual(['persistent', 'pain', 'surger'])
    expect(withBoth.terms('i am hurting')).toEqual(['pain'])
  })

  it('corrects spelling before mapping synonyms, so a misspelt synonym still maps', () => {
    const correct = createSpellingCorrector(new Map([['eligible', 1], ['candidate', 1]]), new Set())
    expect(analyser.terms('am I eligable', correct)).toEqual(['candidat'])
  })
})
