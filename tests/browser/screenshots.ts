// `npm run screenshots` (#5): PNGs of the demo clinic page with the widget
// open and answering, on a desktop in light and dark mode and on a phone,
// written to screenshots/ (ignored by git) for the README and for review.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext } from 'playwright-core'
import { chromiumFound, closeChromium, launchChromium, missingChromiumMessage } from './browserSupport'
import { startTestServer } from './testServer'
import { ask, openByMouse, sampleQuestions } from './widgetDriver'

const outDir = fileURLToPath(new URL('../../screenshots', import.meta.url))

const shots = [
  { file: 'desktop-light.png', viewport: { width: 1280, height: 800 }, colorScheme: 'light', phone: false },
  { file: 'desktop-dark.png', viewport: { width: 1280, height: 800 }, colorScheme: 'dark', phone: false },
  { file: 'phone.png', viewport: { width: 375, height: 667 }, colorScheme: 'light', phone: true },
] as const

async function main(): Promise<number> {
  if (!chromiumFound) {
    console.error(missingChromiumMessage.replace('browser tests skipped', 'no screenshots'))
    return 1
  }
  mkdirSync(outDir, { recursive: true })
  const server = await startTestServer()
  const contexts = new Map<boolean, BrowserContext>()
  try {
    for (const shot of shots) {
      let context = contexts.get(shot.phone)
      if (!context) {
        context = await launchChromium(shot.phone ? { viewport: shot.viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : { viewport: shot.viewport })
        contexts.set(shot.phone, context)
      }
      const page = await context.newPage()
      await page.emulateMedia({ colorScheme: shot.colorScheme, reducedMotion: 'reduce' })
      await page.goto(`${server.origin}/index.html`)
      await openByMouse(page)
      await ask(page, sampleQuestions.answer)
      await page.waitForTimeout(300)
      const file = join(outDir, shot.file)
      await page.screenshot({ path: file })
      console.log(`wrote ${file}`)
      await page.close()
    }
    return 0
  } finally {
    for (const context of contexts.values()) await closeChromium(context)
    await server.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
