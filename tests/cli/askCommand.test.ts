import { spawnSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { matchCorpus } from '../match/fixtures/matchCorpus'
import { runCli } from './runCli'

const root = fileURLToPath(new URL('../..', import.meta.url))
let corpusFile: string

beforeAll(async () => {
  corpusFile = path.join(await mkdtemp(path.join(tmpdir(), 'ask-')), 'corpus.json')
  await writeFile(corpusFile, JSON.stringify(matchCorpus()))
})

describe('faq-widget ask', () => {
  it('prints the kind, the entry, its score and the runner-up for a person', async () => {
    const run = await runCli('ask', '--corpus', corpusFile, 'epidural', 'sterod', 'injecton')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^answer \(score \d\.\d\d\)/)
    expect(run.stdout).toContain('entry:     esi — What is an epidural steroid injection (ESI)?')
    expect(run.stdout).toMatch(/runner-up: \S+ — /)
  })

  it('prints one JSON object for a question given with --json', async () => {
    const run = await runCli('ask', '--json', `--corpus=${corpusFile}`, 'what is PRP')
    const line = JSON.parse(run.stdout)
    expect(line).toMatchObject({ question: 'what is PRP', kind: 'answer', message: '' })
    expect(line.entries).toEqual([{
      id: 'prp',
      question: 'What is platelet-rich plasma (PRP) therapy?',
      answer: matchCorpus().entries.find((e) => e.id === 'prp')!.answer.join('\n\n'),
      links: [],
      source: { title: 'Spinal Fusion Alternatives', url: '/blog/spinal-fusion-alternatives' },
    }])
  })

  it('reads questions from stdin with --json and prints one JSON line each, in order', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'src/cli/bin.js'), 'ask', '--json', '--corpus', corpusFile], {
      cwd: root,
      input: 'hello\n\ndo you take medicare\nI cant pee and my back hurts\nwhat is PRP\n',
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.question, l.kind])).toEqual([
      ['hello', 'smalltalk'],
      ['do you take medicare', 'fallback'],
      ['I cant pee and my back hurts', 'urgent'],
      ['what is PRP', 'answer'],
    ])
    expect(lines[2].entries).toEqual([])
    expect(lines[2].message).toBe(matchCorpus().urgent.message)
  })

  it('stops quietly when the reader of its output stops early, as `| head -1` does', () => {
    const bin = path.join(root, 'src/cli/bin.js')
    const run = spawnSync('sh', ['-c', `yes 'what is PRP' | head -2000 | "${process.execPath}" "${bin}" ask --json --corpus "${corpusFile}" | head -1`], { cwd: root, encoding: 'utf8' })
    expect(JSON.parse(run.stdout)).toMatchObject({ question: 'what is PRP', kind: 'answer' })
    expect(run.stderr).toBe('')
  })

  it('says how to fix a missing corpus passed with --corpus', async () => {
    const run = await runCli('ask', '--corpus', path.join(tmpdir(), 'no-such-corpus.json'), 'hi')
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^\[faq-widget\] cannot read the compiled corpus .*no-such-corpus\.json.*npx faq-widget build/)
  })

  it('refuses an unknown option with the usage', async () => {
    const run = await runCli('ask', '--verbose', 'hi')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/unknown option "--verbose".*faq-widget ask/)
  })
})
