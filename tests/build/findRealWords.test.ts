import { describe, expect, it } from 'vitest'
import { findRealWords } from '../../src/build/findRealWords'
import { entry, matchCorpus } from '../match/fixtures/matchCorpus'

const corpus = matchCorpus({
  entries: [entry('injections', 'What is special about a steroid injection?', ['how is the injection given', 'what is advanced care', 'what guarantees are there'], ['injection'], 'An injection is given in the clinic.')],
})

describe('the real words for the spelling corrector', () => {
  it('lists an English word the corpus would read as another word a letter away', () => {
    expect(findRealWords(['infection'], corpus)).toEqual(['infection'])
  })

  it('leaves out a word read as its own family, a slip, a short word and a word the corpus uses', () => {
    // "specialty" → "special" and "advances" → "advanced" keep the meaning,
    // "guaranties" → "guarantees" the stem; "injectoin" is a swap,
    // "injections" a letter extra; "inject" is short.
    expect(findRealWords(['specialty', 'advances', 'guaranties', 'injectoin', 'injections', 'inject', 'injection', 'Infection'], corpus)).toEqual([])
  })

  it('lists each word once, sorted', () => {
    expect(findRealWords(['infection', 'infections', 'infection'], corpus)).toEqual(['infection', 'infections'])
  })
})
