#!/usr/bin/env node
// The `faq-widget` command. The CLI is TypeScript run through tsx, so curators
// never need a compile step before `npx faq-widget validate`.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('./faq-widget.ts')
process.exitCode = await main(process.argv.slice(2))
