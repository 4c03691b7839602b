// `npm start` (#4): build, then serve the demo clinic site on 127.0.0.1 with
// dist/ at the site root, exactly as the README's snippet expects, under a
// strict Content-Security-Policy so the demo proves the widget needs no
// inline script or style.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AddressInfo } from 'node:net'
import { build } from './build'

const root = fileURLToPath(new URL('../..', import.meta.url))

const serveConfig = Object.freeze({
  host: '127.0.0.1',
  port: Number(process.env.PORT) || 4173,
  /** Ports tried after a busy one, before letting the system pick. */
  retries: 10,
  /** Looked in, in order: the demo site, then the built widget at the root. */
  folders: [join(root, 'demo'), join(root, 'dist')],
  /** The article's own address on the clinic site is the demo's home page. */
  aliases: { '/': '/index.html', '/blog/spinal-fusion-alternatives': '/index.html' } as Record<string, string>,
  headers: {
    'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'",
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  },
  types: {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.ts': 'text/plain; charset=utf-8',
    '.svg': 'image/svg+xml',
  } as Record<string, string>,
})

async function findFile(pathname: string): Promise<{ body: Buffer; type: string } | undefined> {
  const path = serveConfig.aliases[pathname] ?? pathname.replace(/^\/dist\//, '/')
  for (const folder of serveConfig.folders) {
    for (const candidate of [path, `${path}.html`]) {
      const file = normalize(join(folder, candidate))
      if (!file.startsWith(folder + sep)) continue
      try {
        return { body: await readFile(file), type: serveConfig.types[extname(file)] ?? 'application/octet-stream' }
      } catch {
        // Not in this folder: try the next.
      }
    }
  }
  return undefined
}

function listen(port: number, triesLeft: number): Promise<AddressInfo> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    findFile(decodeURIComponent(pathname)).then((found) => {
      res.writeHead(found ? 200 : 404, { ...serveConfig.headers, 'content-type': found?.type ?? 'text/plain; charset=utf-8' })
      res.end(found?.body ?? 'Not found')
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') reject(error)
      else listen(triesLeft > 0 ? port + 1 : 0, triesLeft - 1).then(resolve, reject)
    })
    server.listen(port, serveConfig.host, () => resolve(server.address() as AddressInfo))
  })
}

const code = await build()
if (code !== 0) process.exit(code)
const address = await listen(serveConfig.port, serveConfig.retries)
const origin = `http://${serveConfig.host}:${address.port}`
console.log(`\nDemo clinic page: ${origin}/\nInline FAQ page:  ${origin}/inline.html\n(Ctrl+C to stop)`)
