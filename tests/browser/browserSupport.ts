// Starting the real Chromium the browser tests drive (#5), and skipping or
// failing loudly when it is missing.
import { existsSync, mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, it } from 'vitest'

const defaults = Object.freeze({
  /** Debian's package; the npm playwright download does not work here. */
  chromiumPath: '/usr/bin/chromium',
  /** Flags that work as root on these machines; the networking ones stop
   * Chromium from calling hosts the network refuses. */
  args: Object.freeze([
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ]),
  /** Starting Chromium on two busy cores takes seconds. */
  launchTimeoutMs: 60_000,
})

export const chromiumPath = process.env.FAQ_WIDGET_CHROMIUM || defaults.chromiumPath
export const chromiumFound = existsSync(chromiumPath)

/** CI, or a developer who asks for it, must not pass with the browser
 * tests silently skipped. */
export function isBrowserRequired(env: Record<string, string | undefined>): boolean {
  const ci = env.CI
  return (ci !== undefined && !['', '0', 'false'].includes(ci.toLowerCase())) || env.FAQ_WIDGET_REQUIRE_BROWSER === '1'
}

export const browserRequired = isBrowserRequired(process.env)

export const missingChromiumMessage =
  `browser tests skipped: Chromium not found at ${chromiumPath} — install it with ` +
  '`apt-get install -y chromium` (or set FAQ_WIDGET_CHROMIUM)'

let warned = false

/** A describe block that runs only when Chromium is installed: skipped with a
 * loud message otherwise, or failing when the browser is required. */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumFound) {
    describe(name, body)
    return
  }
  if (browserRequired) {
    describe(name, () => {
      it('needs Chromium (required by CI or FAQ_WIDGET_REQUIRE_BROWSER=1)', () => {
        throw new Error(missingChromiumMessage.replace('skipped', 'required'))
      })
    })
    return
  }
  if (!warned) {
    warned = true
    console.warn(`\n*** ${missingChromiumMessage} ***\n`)
  }
  describe.skip(name, body)
}

export interface LaunchOptions {
  viewport?: { width: number; height: number }
  isMobile?: boolean
  hasTouch?: boolean
  deviceScaleFactor?: number
}

/** A fresh Chromium with its own throwaway profile. */
export async function launchChromium(options: LaunchOptions = {}): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'faq-widget-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...defaults.args],
    timeout: defaults.launchTimeoutMs,
    ...options,
  })
  profiles.set(context, profile)
  return context
}

const profiles = new WeakMap<BrowserContext, string>()

/** Closes Chromium and removes its throwaway profile. */
export async function closeChromium(context: BrowserContext): Promise<void> {
  await context.close()
  const profile = profiles.get(context)
  // Chromium may still be flushing its profile for a moment after closing.
  if (profile) await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
}

/** One Chromium shared by every test of a file (launching is slow): call it
 * inside a describeInBrowser block and read `.context` in the tests. */
export function useChromium(options: LaunchOptions = {}): { readonly context: BrowserContext } {
  let context: BrowserContext | undefined
  beforeAll(async () => {
    context = await launchChromium(options)
  }, defaults.launchTimeoutMs)
  afterAll(async () => {
    if (context) await closeChromium(context)
  })
  return {
    get context() {
      if (!context) throw new Error('Chromium is not running: call useChromium() inside describeInBrowser()')
      return context
    },
  }
}
