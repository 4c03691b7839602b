// Runs `faq-widget …` in-process and collects what it prints.
import { vi } from 'vitest'
import { main } from '../../src/cli/faq-widget'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function runCli(...args: string[]): Promise<CliRun> {
  const out: string[] = []
  const err: string[] = []
  const log = vi.spyOn(console, 'log').mockImplementation((...parts) => void out.push(parts.join(' ')))
  const error = vi.spyOn(console, 'error').mockImplementation((...parts) => void err.push(parts.join(' ')))
  const warn = vi.spyOn(console, 'warn').mockImplementation((...parts) => void err.push(parts.join(' ')))
  try {
    const code = await main(args)
    return { code, stdout: out.join('\n'), stderr: err.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
    warn.mockRestore()
  }
}
