// A small static server on 127.0.0.1 for the browser tests (#5): it serves
// the built dist/, test pages each with their own headers, corpora that fail
// in chosen ways, and logs every request so privacy tests can read them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll } from 'vitest'
import type { CompiledCorpus } from '../../src/corpus/schema'

const require = createRequire(import.meta.url)
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

const defaults = Object.freeze({
  /** Folders served as they are, by URL prefix. */
  folders: Object.freeze({
    // FAQ_WIDGET_DIST tests another build of the files, e.g. a staging copy.
    '/dist/': process.env.FAQ_WIDGET_DIST || join(repoRoot, 'dist'),
    '/demo/': join(repoRoot, 'demo'),
  }),
  /** Single files from node_modules a host page may load: its own Preact,
   * and axe-core from the page's own origin (so a strict CSP allows it). */
  vendor: Object.freeze({
    '/vendor/preact.mjs': require.resolve('preact'),
    '/vendor/preact-hooks.mjs': require.resolve('preact/hooks'),
    '/vendor/axe.min.js': require.resolve('axe-core/axe.min.js'),
  }) as Readonly<Record<string, string>>,
  /** The policy the demo site is served with (as by `npm start`). */
  demoHeaders: Object.freeze({ 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'" }),
  types: Object.freeze({
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
    '.ico': 'image/x-icon',
    '.txt': 'text/plain; charset=utf-8',
    '.ts': 'text/plain; charset=utf-8',
  }) as Readonly<Record<string, string>>,
})

/** How a corpus.json served under a variant prefix answers. */
export type CorpusBehaviour =
  | { kind: 'status'; status: number }
  | { kind: 'html' }
  | { kind: 'truncated' }
  | { kind: 'hang' }
  | { kind: 'json'; body: unknown }

export interface LoggedRequest {
  method: string
  /** Path and query, as the browser asked for it. */
  url: string
  body: string
}

export interface TestPage {
  html: string
  headers?: Record<string, string>
}

export interface TestServer {
  readonly origin: string
  /** Every request received, in order. */
  readonly requests: LoggedRequest[]
  /** Serves a page; returns its absolute URL. */
  addPage(page: TestPage): string
  /** A copy of dist/ at a new prefix whose corpus.json answers as told;
   * returns the prefix's absolute URL, ending in '/'. */
  addWidgetVariant(corpus: CorpusBehaviour): string
  close(): Promise<void>
}

export async function startTestServer(): Promise<TestServer> {
  const requests: LoggedRequest[] = []
  const pages = new Map<string, TestPage>()
  const variants = new Map<string, CorpusBehaviour>()

  const server = createServer((req, res) => {
    readBody(req).then(
      (body) => {
        const url = req.url ?? '/'
        requests.push({ method: req.method ?? 'GET', url, body })
        return respond(url, res, pages, variants)
      },
    ).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
      res.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  let counter = 0

  return {
    origin,
    requests,
    addPage(page) {
      const path = `/pages/${++counter}.html`
      pages.set(path, page)
      return origin + path
    },
    addWidgetVariant(corpus) {
      const prefix = `/variant-${++counter}/`
      variants.set(prefix, corpus)
      return origin + prefix
    },
    close() {
      // Hanging corpus requests never end by themselves.
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

async function respond(
  rawUrl: string,
  res: ServerResponse,
  pages: Map<string, TestPage>,
  variants: Map<string, CorpusBehaviour>,
): Promise<void> {
  const path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname)
  const page = pages.get(path)
  if (page) {
    res.writeHead(200, { 'content-type': defaults.types['.html']!, 'cache-control': 'no-store', ...page.headers })
    res.end(page.html)
    return
  }
  const vendorFile = defaults.vendor[path]
  if (vendorFile) {
    await sendFile(res, vendorFile)
    return
  }

  const variantPrefix = [...variants.keys()].find((prefix) => path.startsWith(prefix))
  if (variantPrefix) {
    const rest = path.slice(variantPrefix.length)
    if (rest === 'corpus.json') return sendCorpus(res, variants.get(variantPrefix)!)
    await sendFromFolder(res, defaults.folders['/dist/'], rest)
    return
  }
  for (const [prefix, folder] of Object.entries(defaults.folders)) {
    if (path.startsWith(prefix)) {
      await sendFromFolder(res, folder, path.slice(prefix.length))
      return
    }
  }
  // Anything else is the demo clinic site, hosted as a clinic would: its
  // pages with the built files beside them at the root, under a strict CSP.
  for (const folder of [defaults.folders['/demo/'], defaults.folders['/dist/']]) {
    if (await sendFromFolder(res, folder, path === '/' ? 'index.html' : path.slice(1), false)) return
  }
  notFound(res)
}

async function sendCorpus(res: ServerResponse, behaviour: CorpusBehaviour): Promise<void> {
  const json = defaults.types['.json']!
  switch (behaviour.kind) {
    case 'status':
      res.writeHead(behaviour.status, { 'content-type': 'text/plain' })
      res.end(`status ${behaviour.status}`)
      return
    case 'html':
      // What a misconfigured host answers: its own "not found" page, as 200.
      res.writeHead(200, { 'content-type': defaults.types['.html']! })
      res.end('<!doctype html><html><head><title>Page not found</title></head><body><h1>Oops</h1></body></html>')
      return
    case 'truncated': {
      const full = await readFile(join(defaults.folders['/dist/'], 'corpus.json'), 'utf8')
      res.writeHead(200, { 'content-type': json })
      res.end(full.slice(0, Math.floor(full.length / 2)))
      return
    }
    case 'hang':
      // Headers sent, body never: the widget must give up by itself.
      res.writeHead(200, { 'content-type': json })
      res.write('{"version":')
      return
    case 'json':
      res.writeHead(200, { 'content-type': json, 'cache-control': 'no-store' })
      res.end(JSON.stringify(behaviour.body))
      return
  }
}

/** Sends a file of `folder`; when it is missing, answers 404 unless told
 * not to. Returns whether the file was sent. */
async function sendFromFolder(res: ServerResponse, folder: string, relative: string, orNotFound = true): Promise<boolean> {
  const file = normalize(join(folder, relative))
  const sent = file.startsWith(folder + sep) && (await sendFile(res, file, false))
  if (!sent && orNotFound) notFound(res)
  return sent
}

async function sendFile(res: ServerResponse, file: string, orNotFound = true): Promise<boolean> {
  let content: Buffer
  try {
    content = await readFile(file)
  } catch {
    if (orNotFound) notFound(res)
    return false
  }
  const type = defaults.types[extname(file)] ?? 'application/octet-stream'
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(extname(file) === '.html' ? defaults.demoHeaders : {}) })
  res.end(content)
  return true
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' })
  res.end('not found')
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** One server shared by every test of a file. */
export function useTestServer(): TestServer {
  let server: TestServer | undefined
  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(() => server?.close())
  const running = (): TestServer => {
    if (!server) throw new Error('the test server is not running: call useTestServer() at the top of the file')
    return server
  }
  return {
    get origin() {
      return running().origin
    },
    get requests() {
      return running().requests
    },
    addPage: (page) => running().addPage(page),
    addWidgetVariant: (corpus) => running().addWidgetVariant(corpus),
    close: () => running().close(),
  }
}

/** The built corpus the widget under test serves, to state expectations in
 * its own words rather than copies of them. */
export function readDistCorpus(): CompiledCorpus {
  return JSON.parse(readFileSync(join(defaults.folders['/dist/'], 'corpus.json'), 'utf8')) as CompiledCorpus
}
