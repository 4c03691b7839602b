import { describe, expect, it } from 'vitest'
import { findPassage, matchingWordCount } from '../../src/corpus/findPassage'

const article = 'Rest briefly — then move.\nThe spine’s  joints like   “gentle” walking…'

describe('findPassage', () => {
  it('finds a passage typed with straight quotes, hyphens and single spaces, and returns the article’s wording', () => {
    expect(findPassage(article, `The spine's joints like "gentle" walking...`)).toBe('The spine’s  joints like   “gentle” walking…')
    expect(findPassage(article, 'Rest briefly - then move.')).toBe('Rest briefly — then move.')
  })

  it('finds nothing when one word differs', () => {
    expect(findPassage(article, 'Rest briefly - then run.')).toBeUndefined()
  })

  it('finds nothing for a passage cut inside a word', () => {
    expect(findPassage(article, 'est briefly')).toBeUndefined()
    expect(findPassage(article, 'Rest brief')).toBeUndefined()
    expect(findPassage('concat. The cat.', 'cat.')).toBe('cat.')
  })

  it('finds nothing for an empty passage', () => {
    expect(findPassage(article, '  ')).toBeUndefined()
  })
})

describe('matchingWordCount', () => {
  it('counts the words the article shares before the passage departs from it', () => {
    expect(matchingWordCount(article, 'Rest briefly - then run.')).toBe(4)
    expect(matchingWordCount(article, 'Sleep well')).toBe(0)
  })
})
