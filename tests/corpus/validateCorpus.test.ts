import { rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyCorpus, editJson, FIXTURE_DIR, lineOf, problemsIn, replaceIn } from './corpusFixture'

const BASICS = 'entries/basics.json'

describe('validateCorpus', () => {
  it('finds no problem in the fixture data', async () => {
    expect(await problemsIn(FIXTURE_DIR)).toEqual([])
  })

  it('reports a JSON syntax error with its line and column', async () => {
    const dir = await copyCorpus()
    await replaceIn(dir, BASICS, '"links": []\n', '"links": [],\n')
    const [problem] = await problemsIn(dir)
    expect(problem).toMatchObject({ file: 'faq-data/entries/basics.json', line: await lineOf(dir, BASICS, '"links": [],') + 1 })
    expect(problem!.message).toMatch(/not valid JSON at line \d+, column 3/)
  })

  it('names an unknown field and suggests the field meant', async () => {
    const dir = await copyCorpus()
    await replaceIn(dir, BASICS, '"answer": [\n      {\n        "source": "back-care-basics",\n        "text": "Use', '"anwser": [\n      {\n        "source": "back-care-basics",\n        "text": "Use')
    const problems = await problemsIn(dir)
    const line = await lineOf(dir, BASICS, '"anwser"')
    expect(problems).toContainEqual({ file: 'faq-data/entries/basics.json', line, entry: 'heat-or-cold', message: expect.stringMatching(/unknown field "anwser" \(did you mean "answer"\?\)/) })
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'heat-or-cold', message: expect.stringMatching(/is missing "answer"/) }))
  })

  it('refuses a key given twice in one object, which JSON would silently drop', async () => {
    const dir = await copyCorpus()
    await replaceIn(dir, BASICS, '"keywords": ["heat", "ice", "cold"],', '"keywords": ["heat", "ice", "cold"],\n    "keywords": ["warmth"],')
    expect(await problemsIn(dir)).toEqual([{ file: 'faq-data/entries/basics.json', line: await lineOf(dir, BASICS, '"warmth"'), message: expect.stringMatching(/has "keywords" twice/) }])
  })

  it('refuses a JSON file it would not read, such as a misspelt optional file', async () => {
    const dir = await copyCorpus()
    await rename(path.join(dir, 'synonyms.json'), path.join(dir, 'synonym.json'))
    expect(await problemsIn(dir)).toEqual([{ file: 'faq-data/synonym.json', message: expect.stringMatching(/is not a file the widget reads; rename it to one of .*"synonyms\.json"/) }])
  })

  it('names a list item that is not an object by its position', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'smalltalk.json', (intents) => { intents.push('bye') })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/smalltalk.json', message: '"item 2 of the list" must be an object { … }, not the string "bye"' }))
  })

  it('refuses a field of the wrong type', async () => {
    const dir = await copyCorpus()
    await editJson(dir, BASICS, (entries) => { entries[0].keywords = 'walking' })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ entry: 'staying-active', message: '"keywords" must be a list [ … ], not the string "walking"' }))
  })

  it('refuses a status other than draft or vetted', async () => {
    const dir = await copyCorpus()
    await editJson(dir, BASICS, (entries) => { entries[1].status = 'published' })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ entry: 'heat-or-cold', message: '"status" must be "draft" or "vetted", not the string "published"' }))
  })

  it('refuses empty strings', async () => {
    const dir = await copyCorpus()
    await editJson(dir, BASICS, (entries) => { entries[0].alternates[2] = '  ' })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ entry: 'staying-active', message: expect.stringMatching(/"alternates\[2\]" is empty/) }))
  })

  it('refuses an id used twice, even in different files', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'entries/drafts.json', (entries) => { entries[0].id = 'heat-or-cold' })
    const problems = await problemsIn(dir)
    expect(problems).toContainEqual(expect.objectContaining({
      file: 'faq-data/entries/drafts.json',
      entry: 'heat-or-cold',
      message: expect.stringMatching(/id "heat-or-cold" is already used at faq-data\/entries\/basics\.json:\d+/),
    }))
  })

  it('refuses a passage that is not in its article, naming file, line, entry and the passage start', async () => {
    const dir = await copyCorpus()
    await replaceIn(dir, BASICS, 'helps muscles recover', 'helps muscles heal')
    const problems = await problemsIn(dir)
    expect(problems).toEqual([{
      file: 'faq-data/entries/basics.json',
      line: await lineOf(dir, BASICS, 'helps muscles heal'),
      entry: 'staying-active',
      message: expect.stringContaining('passage not found in article "back-care-basics": "Gentle walking keeps the spine\'s joints moving and helps…"'),
    }])
    expect(problems[0]!.message).toContain('differs at "heal."')
  })

  it('refuses a passage that starts in the middle of a word', async () => {
    const dir = await copyCorpus()
    await replaceIn(dir, BASICS, '"Gentle walking', '"ntle walking')
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ entry: 'staying-active', message: expect.stringContaining('starts or ends in the middle of a word') }))
  })

  it('refuses a passage whose source is not an article', async () => {
    const dir = await copyCorpus()
    await editJson(dir, BASICS, (entries) => { entries[0].answer[0].source = 'back-care' })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ entry: 'staying-active', message: expect.stringMatching(/source "back-care" is not an article; known: "back-care-basics"/) }))
  })

  it('refuses a disclaimer that is not word for word in its article', async () => {
    const dir = await copyCorpus()
    await replaceIn(dir, 'site.json', 'ask a qualified clinician', 'ask any clinician')
    expect(await problemsIn(dir)).toContainEqual({
      file: 'faq-data/site.json',
      line: await lineOf(dir, 'site.json', 'ask any clinician'),
      message: expect.stringMatching(/^"disclaimer\.full" not found in article "back-care-basics"/),
    })
  })

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,hi', 'vbscript:x', '//evil.example'])('refuses the link %j', async (href) => {
    const dir = await copyCorpus()
    await editJson(dir, BASICS, (entries) => { entries[0].links[0].href = href })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ entry: 'staying-active', message: expect.stringContaining(`link ${JSON.stringify(href)} is not allowed`) }))
  })

  it('refuses an unsafe action link in site.json and urgent.json', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'site.json', (site) => { site.actions[0].href = 'javascript:void(0)' })
    await editJson(dir, 'urgent.json', (urgent) => { urgent.flags[0].source.url = 'data:,x' })
    const problems = await problemsIn(dir)
    expect(problems).toContainEqual(expect.objectContaining({ file: 'faq-data/site.json', entry: 'schedule', message: expect.stringContaining('"javascript:void(0)" is not allowed') }))
    expect(problems).toContainEqual(expect.objectContaining({ file: 'faq-data/urgent.json', entry: 'bladder', message: expect.stringContaining('"data:,x" is not allowed') }))
  })

  it('asks for at least 4 alternates, in drafts too', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'entries/drafts.json', (entries) => { entries[0].alternates = ['how long'] })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ entry: 'how-long', message: expect.stringMatching(/has 1 alternate; add at least 4/) }))
  })

  it('refuses a phrasing shared by two entries, ignoring case and punctuation', async () => {
    const dir = await copyCorpus()
    await editJson(dir, BASICS, (entries) => { entries[1].alternates[0] = 'Is walking good for back pain?!' })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ entry: 'heat-or-cold', message: expect.stringMatching(/"Is walking good for back pain\?!" is also used by entry "staying-active"/) }))
  })

  it('refuses visitor questions filed under an id that is not an entry, naming the line', async () => {
    const dir = await copyCorpus()
    const text = await editJson(dir, 'visitor-questions.json', (filed) => { filed['heat-or-ice'] = ['ice or heat?'] })
    const line = text.split('\n').findIndex((l) => l.includes('"heat-or-ice"')) + 1
    expect(await problemsIn(dir)).toEqual([expect.objectContaining({ file: 'faq-data/visitor-questions.json', line, message: expect.stringMatching(/files questions under "heat-or-ice", which is not an entry id/) })])
  })

  it('refuses a visitor question filed under one entry that is another entry’s phrasing', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'visitor-questions.json', (filed) => { filed['heat-or-cold'].push('is walking good for back pain') })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/visitor-questions.json', entry: 'heat-or-cold', message: expect.stringMatching(/"is walking good for back pain" is also used by entry "staying-active"/) }))
  })

  it('requires the disclaimer and the fallback copy', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'site.json', (site) => {
      delete site.disclaimer.full
      delete site.fallback.text
    })
    const messages = (await problemsIn(dir)).map((p) => p.message)
    expect(messages).toContainEqual(expect.stringMatching(/is missing "disclaimer\.full"/))
    expect(messages).toContainEqual(expect.stringMatching(/is missing "fallback\.text"/))
  })

  it('requires greeting starters to be vetted entries', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'site.json', (site) => { site.greeting.starters = ['how-long', 'no-such-entry'] })
    const messages = (await problemsIn(dir)).map((p) => p.message)
    expect(messages).toContainEqual(expect.stringMatching(/starter "how-long" is not vetted/))
    expect(messages).toContainEqual(expect.stringMatching(/starter "no-such-entry" is not an entry id/))
  })

  it('requires fallback actions to be site actions', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'site.json', (site) => { site.fallback.actions.push('email') })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/site.json', message: 'fallback action "email" is not in site.json actions (known: "schedule", "call")' }))
  })

  it('refuses a red-flag pattern that is not a regular expression', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'urgent.json', (urgent) => { urgent.flags[0].patterns.push('(numb') })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/urgent.json', entry: 'bladder', message: expect.stringMatching(/pattern "\(numb" is not a valid regular expression/) }))
  })

  it('refuses a red-flag concept word that is not a regular expression, with its line', async () => {
    const dir = await copyCorpus()
    const text = await editJson(dir, 'urgent.json', (urgent) => { urgent.concepts.giveWay.push('buckl(') })
    const line = text.split('\n').findIndex((l) => l.includes('"buckl("')) + 1
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/urgent.json', line, message: expect.stringMatching(/pattern "buckl\(" is not a valid regular expression/) }))
  })

  it('refuses a red-flag pattern or concept word that names a group or refers back to one, since each list is searched as one expression', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'urgent.json', (urgent) => {
      urgent.flags[0].patterns.push('\\b(numb) and \\1\\b', '(?<part>groin) numb')
      urgent.concepts.giveWay.push('(?<what>knee) \\k<what>')
    })
    const refused = (await problemsIn(dir)).filter((p) => /names a group or refers back to one/.test(p.message)).map((p) => p.message.split(' names')[0])
    expect(refused.sort()).toEqual(['pattern "(?<part>groin) numb"', 'pattern "(?<what>knee) \\\\k<what>"', 'pattern "\\\\b(numb) and \\\\1\\\\b"'])
  })

  it('refuses a red-flag pattern or concept word with an upper-case letter, which lower-cased words never match, but takes an upper-case escape', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'urgent.json', (urgent) => {
      urgent.flags[0].patterns.push('\\bMRI shows cauda equina\\b', '\\bnumb\\W+groin\\b')
      urgent.concepts.giveWay.push('Buckled')
    })
    const refused = (await problemsIn(dir)).filter((p) => /has an upper-case letter/.test(p.message)).map((p) => p.message.split(' has')[0])
    expect(refused.sort()).toEqual(['pattern "Buckled"', 'pattern "\\\\bMRI shows cauda equina\\\\b"'])
  })

  it('refuses a red-flag model for a flag that does not exist, a threshold that is not a probability, a term it could never see and a weight that is not a number', async () => {
    const dir = await copyCorpus()
    const model = { about: 'test', flag: 'suicide', threshold: 1.5, bias: -1, weights: { tonight: 1.2, 'wake up': 0.5, 'Wake Up': 0.4, 'three words here': 0.1, pills: 'many' } }
    await writeFile(path.join(dir, 'red-flag-model.json'), JSON.stringify(model, null, 2))
    const messages = (await problemsIn(dir)).filter((p) => p.file === 'faq-data/red-flag-model.json').map((p) => p.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/raises flag "suicide", which urgent.json does not have \(flags: "bladder"\)/),
        expect.stringMatching(/threshold 1.5 is not a probability between 0 and 1/),
        expect.stringMatching(/weighs "Wake Up", but it only ever sees one or two whole lower-case words/),
        expect.stringMatching(/weighs "three words here"/),
        expect.stringMatching(/pills.*a number/),
      ]),
    )
    expect(messages).toHaveLength(5)
  })

  it('takes groups, look-behinds and an escaped backslash before a digit in a red-flag pattern', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'urgent.json', (urgent) => { urgent.flags[0].patterns.push('(?<!no )(?:numb|tingl\\w*) (groin)', '(?<=my )bum', 'c:\\\\1') })
    expect((await problemsIn(dir)).filter((p) => /group/.test(p.message))).toEqual([])
  })

  it('refuses a "together" rule that names an unknown concept or only one', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'urgent.json', (urgent) => { urgent.flags[0].together.push(['bladderPart', 'legPart'], ['giveWay']) })
    const problems = await problemsIn(dir)
    expect(problems).toContainEqual(expect.objectContaining({ file: 'faq-data/urgent.json', entry: 'bladder', message: 'concept "legPart" is not in urgent.json "concepts" (known: "bladderPart", "giveWay"); add it there or fix the name' }))
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'bladder', message: expect.stringMatching(/^a "together" rule needs at least two concepts/) }))
  })

  it('reads "*name" in a "together" rule as the concept "name", met anywhere in the message', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'urgent.json', (urgent) => { urgent.flags[0].together.push(['bladderPart', '*giveWay'], ['bladderPart', '*legPart']) })
    const messages = (await problemsIn(dir)).map((p) => p.message)
    expect(messages).toContain('concept "*legPart" is not in urgent.json "concepts" (known: "bladderPart", "giveWay"); add it there or fix the name')
    expect(messages.filter((m) => m.startsWith('concept "*giveWay"'))).toEqual([])
  })

  it('refuses an out-of-scope pattern the matcher could not compile', async () => {
    const dir = await copyCorpus()
    // Valid without the Unicode flag, refused with it, as the matcher compiles it.
    await editJson(dir, 'out-of-scope.json', (topics) => { topics[0].patterns.push('price\\-list') })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/out-of-scope.json', entry: 'prices', message: expect.stringMatching(/pattern "price\\\\-list" is not a valid regular expression/) }))
  })

  it('refuses a stop word that is not one lower-case word, naming it and its line', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'synonyms.json', (synonyms) => { synonyms.stopWords.push('Of the') })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/synonyms.json', line: expect.any(Number), message: expect.stringMatching(/stop word "Of the" is not one lower-case word/) }))
  })

  it('refuses a real word that is not one word in lower-case letters, naming it and its line', async () => {
    const dir = await copyCorpus()
    await writeFile(path.join(dir, 'real-words.json'), JSON.stringify({ about: 'test', words: ['infection', 'Infected', 'well-being'] }, null, 2))
    const messages = (await problemsIn(dir)).filter((p) => p.file === 'faq-data/real-words.json' && p.line).map((p) => p.message)
    expect(messages).toEqual([expect.stringMatching(/^real word "Infected" is not one word/), expect.stringMatching(/^real word "well-being" is not one word/)])
  })

  it('refuses a spoken form that is not whole lower-case words, which the red flags would never find', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'urgent.json', (urgent) => { urgent.spoken["can't fell"] = 'cant feel'; urgent.spoken.wanna = 'Want to' })
    const problems = await problemsIn(dir)
    expect(problems).toContainEqual(expect.objectContaining({ file: 'faq-data/urgent.json', line: expect.any(Number), message: expect.stringMatching(/^spoken form "can't fell" is not whole lower-case words/) }))
    expect(problems).toContainEqual(expect.objectContaining({ file: 'faq-data/urgent.json', message: expect.stringMatching(/^spoken form "wanna" is not whole lower-case words, or what it stands for is not in lower case/) }))
  })

  it('refuses a synonym made only of stop words, which the matcher would never apply', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'synonyms.json', (synonyms) => { synonyms.stopWords.push('for'); synonyms.terms['for the'] = 'ice' })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/synonyms.json', line: expect.any(Number), message: expect.stringMatching(/synonym "for the" is made only of stop words, so it never applies; .*take one of its words out of stopWords/) }))
  })

  it('requires site copy to be a quote or marked clinic-authored', async () => {
    const dir = await copyCorpus()
    await editJson(dir, 'site.json', (site) => { site.greeting.text = { text: 'Hi there' } })
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/site.json', message: expect.stringMatching(/"greeting\.text" must be .*"origin": "clinic-authored"/) }))
  })

  it('requires urgent.json, smalltalk.json and site.json but not synonyms.json, out-of-scope.json or visitor-questions.json', async () => {
    const dir = await copyCorpus()
    for (const name of ['urgent.json', 'synonyms.json', 'out-of-scope.json', 'visitor-questions.json']) await rm(path.join(dir, name))
    expect(await problemsIn(dir)).toEqual([expect.objectContaining({ file: 'faq-data/urgent.json', message: expect.stringMatching(/is missing; this file is required/) })])
  })

  it('reports a malformed article header', async () => {
    const dir = await copyCorpus()
    await writeFile(path.join(dir, 'articles/broken.txt'), 'title: Broken\nurl: javascript:x\ndate: 2026-01-01\n---\nText.\n')
    expect(await problemsIn(dir)).toContainEqual(expect.objectContaining({ file: 'faq-data/articles/broken.txt', message: expect.stringMatching(/must be site-relative/) }))
  })

  it('lists every problem, not just the first', async () => {
    const dir = await copyCorpus()
    await editJson(dir, BASICS, (entries) => {
      entries[0].question = ''
      entries[1].answer[0].text = 'Ice is always best.'
      entries[1].links.push({ title: 'x', href: 'javascript:x' })
    })
    expect((await problemsIn(dir)).map((p) => p.entry)).toEqual(['staying-active', 'heat-or-cold', 'heat-or-cold'])
  })
})
