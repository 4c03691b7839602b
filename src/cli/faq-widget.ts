// `faq-widget <command>`: the curators' tool. Each command lives in its own
// file and returns an exit code; this file only dispatches.

export type Command = (args: string[]) => Promise<number>

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: { summary: 'check faq-data/ (or DIR) and list every problem', load: async () => (await import('./validateCommand')).validateCommand },
  build: { summary: 'validate, then write dist/corpus.json', load: async () => (await import('./buildCommand')).buildCommand },
  extract: { summary: 'print draft entries from an article', load: async () => (await import('./extractCommand')).extractCommand },
  ask: { summary: 'match a question (or stdin lines with --json)', load: async () => (await import('./askCommand')).askCommand },
  file: { summary: "file a visitor's question under the entry that answers it", load: async () => (await import('./fileCommand')).fileCommand },
}

function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  return ['Usage: faq-widget <command> [options]', '', 'Commands:', ...rows].join('\n')
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage())
    return name ? 0 : 1
  }
  const command = commands[name]
  if (!command) {
    console.error(`[faq-widget] unknown command "${name}".\n\n${usage()}`)
    return 2
  }
  return (await command.load())(rest)
}
