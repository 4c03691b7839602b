import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyCorpus, editJson, FIXTURE_DIR } from '../corpus/corpusFixture'
import { runCli } from './runCli'

describe('faq-widget build', () => {
  it('writes the compiled corpus and prints its size and gzipped size', async () => {
    const out = path.join(path.dirname(await copyCorpus()), 'dist', 'corpus.json')
    const run = await runCli('build', '--data', FIXTURE_DIR, `--out=${out}`)
    expect(run.code).toBe(0)
    const { size } = await stat(out)
    expect(run.stdout).toMatch(new RegExp(`^wrote .*corpus\\.json: 2 vetted entries, ${size} bytes \\(\\d+ gzipped\\)$`))
    expect(JSON.parse(await readFile(out, 'utf8')).entries).toHaveLength(2)
  })

  it('writes nothing when validation fails, leaving a good existing corpus untouched', async () => {
    const dir = await copyCorpus()
    const out = path.join(path.dirname(dir), 'corpus.json')
    expect((await runCli('build', '--data', dir, '--out', out)).code).toBe(0)
    const good = await readFile(out, 'utf8')

    await editJson(dir, 'entries/basics.json', (entries) => { entries[0].answer[0].text = 'Walking cures all back pain.' })
    const run = await runCli('build', '--data', dir, '--out', out)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/\[staying-active\] passage not found/)
    expect(run.stderr).toMatch(/corpus\.json was not written; the existing file, if any, is unchanged/)
    expect(await readFile(out, 'utf8')).toBe(good)
  })

  it('creates no file at all when the first build fails', async () => {
    const dir = await copyCorpus()
    await writeFile(path.join(dir, 'urgent.json'), '{')
    const out = path.join(path.dirname(dir), 'corpus.json')
    expect((await runCli('build', '--data', dir, '--out', out)).code).toBe(1)
    await expect(stat(out)).rejects.toThrow(/ENOENT/)
  })

  it('asks for the value of an option given without one', async () => {
    const run = await runCli('build', '--out')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/"--out" needs a value/)
  })
})
