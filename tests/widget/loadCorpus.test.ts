import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadCorpus } from '../../src/widget/loadCorpus'
import { makeCorpus } from './fixtures'

const url = 'https://clinic.example/corpus.json'

function answer(body: string, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status })))
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('loading the corpus', () => {
  it('returns the compiled corpus', async () => {
    answer(JSON.stringify(makeCorpus()))
    expect((await loadCorpus(url)).clinicName).toBe('Valor Spine')
  })

  it('asks without cookies, with a time limit', async () => {
    answer(JSON.stringify(makeCorpus()))
    await loadCorpus(url)
    const init = vi.mocked(fetch).mock.calls[0]![1]!
    expect(init.credentials).toBe('omit')
    expect(init.signal).toBeInstanceOf(AbortSignal)
  })

  it.each([
    ['a 404', () => answer('Not found', 404), /answered HTTP 404/],
    ['a 500', () => answer('Oops', 500), /answered HTTP 500/],
    ['an HTML page', () => answer('<!doctype html><p>Welcome'), /SyntaxError/],
    ['truncated JSON', () => answer(JSON.stringify(makeCorpus()).slice(0, 500)), /SyntaxError/],
    ['JSON that is not a corpus', () => answer('{"entries": "none"}'), /is not a compiled corpus/],
    ['a network failure', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))), /TypeError: Failed to fetch/],
    ['no answer in time', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new DOMException('signal timed out', 'TimeoutError')))), /TimeoutError/],
  ])('rejects %s with one [faq-widget] message naming the URL', async (_, arrange, reason) => {
    arrange()
    const error = await loadCorpus(url).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/^\[faq-widget\] answers are unavailable: .*https:\/\/clinic\.example\/corpus\.json/)
    expect((error as Error).message).toMatch(reason)
  })
})
