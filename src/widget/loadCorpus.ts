// Fetches the compiled corpus (#4). Every way it can fail (HTTP error, an HTML
// page, truncated JSON, network error, no answer in time) rejects with one
// readable message, which the chat model turns into "answers unavailable".
import type { CompiledCorpus } from '../corpus/schema'
import { widgetConfig } from './widgetConfig'
import { widgetMessages } from './widgetMessages'

export async function loadCorpus(url: string, timeoutMs: number = widgetConfig.corpusTimeoutMs): Promise<CompiledCorpus> {
  let body: unknown
  try {
    // No cookies: the corpus is a public static file (#4 privacy).
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), credentials: 'omit' })
    if (!res.ok) throw new Error(widgetMessages.corpusStatus(url, res.status))
    body = await res.json()
  } catch (error) {
    throw error instanceof Error && error.message.startsWith('[faq-widget]') ? error : new Error(widgetMessages.corpusFailed(url, error))
  }
  const corpus = body as Partial<CompiledCorpus> | null
  if (corpus?.version !== 1 || !Array.isArray(corpus.entries)) throw new Error(widgetMessages.corpusShape(url))
  return corpus as CompiledCorpus
}
