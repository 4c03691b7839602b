import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { copyCorpus, FIXTURE_DIR, lineOf, replaceIn } from '../corpus/corpusFixture'
import { runCli } from './runCli'

describe('faq-widget validate', () => {
  it('says what valid data holds and exits 0', async () => {
    const run = await runCli('validate', FIXTURE_DIR)
    expect(run).toMatchObject({ code: 0, stderr: '' })
    expect(run.stdout).toBe('faq-data is valid: 2 vetted entries, 1 draft, 1 article')
  })

  it('checks ./faq-data when no directory is given', async () => {
    const run = await runCli('validate')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^faq-data is valid: \d+ vetted entries/)
  })

  it('prints every problem with file, line and entry, then a summary, and exits 1', async () => {
    const dir = await copyCorpus()
    await replaceIn(dir, 'entries/basics.json', 'helps muscles recover', 'helps muscles heal')
    await replaceIn(dir, 'entries/basics.json', '"href": "/blog/back-care-basics"', '"href": "javascript:alert(1)"')
    const run = await runCli('validate', dir)
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n')).toEqual([
      `[faq-widget] faq-data/entries/basics.json:${await lineOf(dir, 'entries/basics.json', 'helps muscles heal')} [staying-active] passage not found in article "back-care-basics": "Gentle walking keeps the spine's joints moving and helps…"; it follows the article up to "…walking keeps the spine's joints moving and helps muscles" and then differs at "heal.". Copy it word for word from the article`,
      `[faq-widget] faq-data/entries/basics.json:${await lineOf(dir, 'entries/basics.json', 'javascript:')} [staying-active] "links[0].href" link "javascript:alert(1)" is not allowed; use https:, http:, mailto:, tel: or a site path starting with a single "/"`,
      '[faq-widget] 2 problems in faq-data; fix them and run the command again',
    ])
  })

  it('refuses an option it does not know', async () => {
    const run = await runCli('validate', '--strict')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/unknown option "--strict"/)
  })

  it('runs as the installed command, exit code included', () => {
    const bin = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url))
    const result = spawnSync(process.execPath, [bin, 'validate', `${FIXTURE_DIR}/missing`], { encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/^\[faq-widget\] .*fixtures\/faq-data\/missing not found: there is no data directory here/m)
  })
})
