#!/usr/bin/env node
// The `faq-widget` command. The CLI is TypeScript run through tsx, so curators
// never need a compile step before `npx faq-widget validate`.
import { register } from 'tsx/esm/api'

register()
// `… ask --json | head -1`: a reader that has read enough closes the pipe;
// that ends the command quietly, as it does for any Unix tool.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(0)
})
const { main } = await import('./faq-widget.ts')
process.exitCode = await main(process.argv.slice(2))
