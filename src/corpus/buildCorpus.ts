// What `faq-widget build` and `npm run build` call: validate and compile a
// data directory, then write dist/corpus.json safely (#2).
import { gzipSync } from 'node:zlib'
import { compileCorpus } from './compileCorpus'
import type { Problem } from './formatProblem'
import { loadCorpusDir } from './loadCorpusDir'
import { replaceFile } from './replaceFile'
import type { CompiledCorpus } from './schema'
import { validateCorpus } from './validateCorpus'

/** Validates, then compiles; no corpus when there is any problem. */
export async function buildCorpus(dataDir: string): Promise<{ corpus?: CompiledCorpus; problems: Problem[] }> {
  const loaded = await loadCorpusDir(dataDir)
  const problems = validateCorpus(loaded)
  return problems.length ? { problems } : { corpus: compileCorpus(loaded), problems }
}

/** Writes the corpus whole (see replaceFile). Returns its size. */
export async function writeCorpus(corpus: CompiledCorpus, file: string): Promise<{ bytes: number; gzipBytes: number }> {
  const text = `${JSON.stringify(corpus)}\n`
  await replaceFile(file, text)
  return { bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length }
}
