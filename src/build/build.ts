// `npm run build` (#4): compile faq-data/ into dist/corpus.json and bundle the
// loader, the panel chunk and the ESM entry with its types. Nothing in dist/
// changes unless every step succeeds, and the output is byte-for-byte
// reproducible (CI rebuilds and compares).
import { build as esbuild, type BuildOptions } from 'esbuild'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify, type MinifyOptions } from 'terser'
import { buildCorpus, writeCorpus } from '../corpus/buildCorpus'
import { shipCorpus } from '../match/shipCorpus'
import { formatProblem } from '../corpus/formatProblem'
import { buildMessages } from './buildMessages'
import { formatSizes, measureSizes } from './measureSizes'

const root = fileURLToPath(new URL('../..', import.meta.url))

const buildConfig = Object.freeze({
  dataDir: join(root, 'faq-data'),
  distDir: join(root, 'dist'),
  /** Browsers with adoptedStyleSheets; the top layer is used where present. */
  target: ['chrome111', 'firefox115', 'safari16.4'],
  bundles: [
    { entry: 'src/embed/loader.ts', out: 'faq-widget.js', format: 'iife' },
    { entry: 'src/widget/panelEntry.ts', out: 'faq-panel.js', format: 'esm' },
    { entry: 'src/embed/mount.ts', out: 'faq-widget.esm.js', format: 'esm' },
  ] as const,
  types: { from: 'src/embed/faq-widget.d.ts', out: 'faq-widget.d.ts' },
  /** A second pass over esbuild's output: terser names variables by how
   * often they are used, which gzip rewards, and took 4% (about 900 B) off
   * a first open. Both run: esbuild bundles and drops dead code fast. */
  terser: { ecma: 2020, toplevel: true, compress: { passes: 2 }, format: { ecma: 2020 } } satisfies MinifyOptions,
})

/** Builds into a temporary folder, then copies it into dist/; returns the
 * exit code. Tests pass their own folders. */
export async function build(dataDir: string = buildConfig.dataDir, distDir: string = buildConfig.distDir): Promise<number> {
  const { corpus, problems } = await buildCorpus(dataDir)
  if (!corpus) {
    for (const problem of problems) console.error(formatProblem(problem))
    console.error(buildMessages.refused(problems.length))
    return 1
  }
  const staging = mkdtempSync(join(tmpdir(), 'faq-widget-dist-'))
  try {
    for (const bundle of buildConfig.bundles) {
      const options: BuildOptions = {
        entryPoints: [join(root, bundle.entry)],
        outfile: join(staging, bundle.out),
        write: false,
        bundle: true,
        minify: true,
        format: bundle.format,
        target: [...buildConfig.target],
        charset: 'utf8',
        legalComments: 'none',
        jsx: 'automatic',
        jsxImportSource: 'preact',
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'warning',
      }
      const [output] = (await esbuild(options)).outputFiles!
      const { code } = await minify(output!.text, { ...buildConfig.terser, module: bundle.format == 'esm' })
      writeFileSync(join(staging, bundle.out), code!)
    }
    await writeCorpus(shipCorpus(corpus), join(staging, 'corpus.json'))
    copyFileSync(join(root, buildConfig.types.from), join(staging, buildConfig.types.out))

    const report = measureSizes(staging)
    console.log(`dist/ sizes:\n${formatSizes(report)}`)
    if (report.overBudget.length) {
      for (const line of report.overBudget) console.error(line)
      return 1
    }
    mkdirSync(distDir, { recursive: true })
    for (const file of readdirSync(staging)) copyFileSync(join(staging, file), join(distDir, file))
    return 0
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().then((code) => process.exit(code))
}
