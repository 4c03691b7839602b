import { defineConfig } from 'vitest/config'
import { fileURLToPath } from 'node:url'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Browser tests start Chromium and servers; they set their own timeouts.
    testTimeout: 15_000,
    // Two cores: keep one for Chromium when the browser suite runs.
    maxWorkers: 2,
  },
})
