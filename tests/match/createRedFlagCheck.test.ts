// The "together" rules of a red flag (#3): concepts met within a few words,
// with the same cues as patterns.
import { describe, expect, it } from 'vitest'
import { createRedFlagCheck } from '../../src/match/createRedFlagCheck'
import { matcherConfig } from '../../src/match/matcherConfig'

const noCues = { negation: [], question: [], cause: [], resolved: [], past: [], present: [], framing: [], personal: [], happening: [] }
const legsFlag = (asked: 'question' | 'report') =>
  createRedFlagCheck({
    cues: { ...noCues, negation: ['no', 'not'], question: ['can'], cause: ['a side effect'], past: ['years ago'], personal: ['i', 'my'], happening: ['right now'] },
    concepts: { legPart: ['legs?', 'quads?'], failing: ['buckl\\w*', 'gave way', 'not holding'], worse: ['worse', 'today'] },
    flags: [{ id: 'legs', asked, patterns: [], together: [['failing', 'legPart', 'worse']] }],
  })
const check = legsFlag('question')

describe('a red flag met as concepts together', () => {
  it('fires when a word of every concept stands close to the others, in any order', () => {
    expect(check('my quads keep buckling and it is worse')).toBe('legs')
    expect(check('Today the legs buckled twice')).toBe('legs')
  })

  it('does not fire when one concept is missing', () => {
    expect(check('my quads keep buckling')).toBeUndefined()
  })

  it('fires across a sentence break when the words are close', () => {
    expect(check('Buckling. My legs are worse')).toBe('legs')
  })

  it(`does not fire when a word is more than ${matcherConfig.togetherWindow} words from the first concept's`, () => {
    const filler = Array(matcherConfig.togetherWindow).fill('and').join(' ')
    expect(check(`my legs ${filler} buckled, worse`)).toBeUndefined()
    expect(check(`my legs buckled, worse`)).toBe('legs')
  })

  it('takes a concept marked "*" from anywhere in the message, as context rather than a sign', () => {
    const filler = 'and '.repeat(matcherConfig.togetherWindow + 4)
    const clot = (rule: string[]) =>
      createRedFlagCheck({ cues: { ...noCues, negation: ['no'] }, concepts: { sign: ['swollen'], calf: ['calf'], afterOp: ['op'] }, flags: [{ id: 'clot', asked: 'report', patterns: [], together: [rule] }] })
    expect(clot(['sign', 'calf', '*afterOp'])(`had an op ${filler}my calf is swollen`)).toBe('clot')
    expect(clot(['sign', 'calf', 'afterOp'])(`had an op ${filler}my calf is swollen`)).toBeUndefined()
    // Denied context is still denied, wherever it stands.
    expect(clot(['sign', 'calf', '*afterOp'])(`no op ${filler}my calf is swollen`)).toBeUndefined()
  })

  it('does not take context from inside the first concept\'s own phrase, as "for good" in "gone for good"', () => {
    const suicide = createRedFlagCheck({
      cues: noCues,
      concepts: { over: ['gone for good', 'not be here'], meant: ['for good', 'tonight'] },
      flags: [{ id: 'suicide', asked: 'report', patterns: [], together: [['over', '*meant']] }],
    })
    expect(suicide('my sciatica is gone for good since the injection')).toBeUndefined()
    expect(suicide('i will be gone for good, tonight')).toBe('suicide')
    expect(suicide('i will not be here, i mean it for good')).toBe('suicide')
  })

  it("measures from a phrase's last word, not its first", () => {
    const filler = (n: number) => 'and '.repeat(n)
    expect(check(`Worse. Gave way ${filler(matcherConfig.togetherWindow - 1)}legs`)).toBe('legs')
    expect(check(`Worse. Gave way ${filler(matcherConfig.togetherWindow)}legs`)).toBeUndefined()
  })

  it('does not fire when one of the words is denied', () => {
    expect(check('legs worse today but they have not buckled')).toBeUndefined()
  })

  it("reads the words before a later concept's word from the end of the first's phrase", () => {
    expect(check('not holding my legs up, worse today')).toBe('legs')
  })

  it('does not fire when it is asked about or named as a side effect', () => {
    expect(check('can legs buckle worse after surgery')).toBeUndefined()
    expect(check('can legs buckle worse after surgery, like right now')).toBe('legs')
    expect(check('legs buckling worse as a side effect of the pills')).toBeUndefined()
  })

  it('takes a question that speaks of no one for a question, not a report', () => {
    expect(check('what makes quads buckle worse')).toBeUndefined()
    expect(check('what makes my quads buckle worse')).toBe('legs')
    expect(check('what makes quads buckle worse? I am scared')).toBe('legs')
  })

  it('reads such a question as a report for a flag asked "report", as questions about ways to die must be', () => {
    expect(legsFlag('report')('what makes quads buckle worse')).toBe('legs')
  })

  it('still reads "is it normal" and "can barely" as reports', () => {
    expect(check('is it normal that quads buckle worse')).toBe('legs')
    expect(check('can barely stand, legs buckling worse')).toBe('legs')
  })

  it('does not fire when its first concept happened long ago', () => {
    expect(check('my legs buckled years ago and it got worse')).toBeUndefined()
  })

  it('still reads a corpus built before "together" rules, with patterns only', () => {
    const older = createRedFlagCheck({ cues: noCues, flags: [{ id: 'legs', patterns: ['legs buckl\\w*'] }] })
    expect(older('my legs buckled')).toBe('legs')
  })

  it('writes out the curated spoken forms before reading, as whole words only', () => {
    const legs = { id: 'legs', patterns: ['cant feel (my )?legs'] }
    const spoken = createRedFlagCheck({ cues: noCues, spoken: { 'cant fell': 'cant feel', rn: 'right now' }, flags: [legs] })
    expect(spoken('I cant fell my legs rn')).toBe('legs')
    expect(createRedFlagCheck({ cues: noCues, flags: [legs] })('I cant fell my legs')).toBeUndefined()
    expect(spoken('I cant fellow my legs')).toBeUndefined()
  })

  it('finds a pattern anywhere in a flag whose patterns together run past the 20,000 characters V8 optimises in one expression', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `\\bnever said ${'x'.repeat(40)}${i}\\b`)
    expect(filler.join('|').length).toBeGreaterThan(20_000)
    const long = createRedFlagCheck({ cues: noCues, flags: [{ id: 'legs', patterns: ['both legs numb', ...filler, 'cant feel (my )?legs'] }] })
    expect(long('both legs numb since the fall')).toBe('legs')
    expect(long('i cant feel my legs')).toBe('legs')
    expect(long('my legs are fine')).toBeUndefined()
    const one = createRedFlagCheck({ cues: noCues, flags: [{ id: 'legs', patterns: [`${filler.join('|')}|cant feel (my )?legs`] }] })
    expect(one('i cant feel my legs')).toBe('legs')
  })

  it('raises the model\'s flag when a message\'s words and pairs weigh past its threshold and one of the flag\'s concept words is there', () => {
    const model = { flag: 'suicide', bias: -3, minScore: Math.log(9), weights: { honestly: 2, 'wake up': 2, 'dont want': 1.5, slack: 4 } }
    const suicide = createRedFlagCheck({
      cues: noCues,
      concepts: { over: ['wake up'], soon: ['tonight'] },
      flags: [{ id: 'suicide', patterns: [], together: [['over', 'soon']] }],
      model,
    })
    // -3 + 2 + 2 + 1.5 = 2.5, past ln 9 ≈ 2.2, with "wake up" a word of the flag's concepts.
    expect(suicide('honestly i dont want to wake up')).toBe('suicide')
    expect(suicide('i dont want to wake up')).toBeUndefined()
    // Heavy words without a word of the flag's concepts are not enough.
    expect(suicide('honestly cut myself some slack')).toBeUndefined()
    expect(suicide('honestly i dont want to wake up', true)).toBeUndefined()
  })

  it('leaves "together" rules out on typo-corrected text, where each word is a guess', () => {
    expect(check('my quads keep buckling and it is worse', true)).toBeUndefined()
  })

  it('names a concept the rule uses but the corpus lacks in its error', () => {
    expect(() => createRedFlagCheck({ cues: noCues, concepts: {}, flags: [{ id: 'legs', patterns: [], together: [['legPart', 'worse']] }] })).toThrow(
      '[faq-widget] red-flag concept "legPart" cannot be used: flag "legs" names it in "together" but there is no such list',
    )
  })

  it('names a concept whose words do not compile in its error', () => {
    expect(() => createRedFlagCheck({ cues: noCues, concepts: { legPart: ['legs('] }, flags: [] })).toThrow('[faq-widget] red-flag concept "legPart"')
  })
})
