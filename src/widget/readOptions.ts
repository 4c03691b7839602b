// The widget's options (#4), from the loader's data-* attributes,
// window.FaqWidgetConfig or mount(). A bad or unknown option costs one console
// warning naming it, and its default is used: a typo in a marketer's snippet
// must never break the page. The loader reads the few options its launcher
// needs with readOption (silently, to stay small); the panel reads them all
// here, with the tables the loader hands it, and warns.
import type { OptionSource, OptionTables } from './readOption'
import { widgetMessages } from './widgetMessages'
import type { WidgetOptions } from './widgetOptions'

/** All options, warning once about each bad or unknown one. `base` resolves
 * the default corpus URL (beside the loader); a given one resolves against the page. */
export function readOptions(sources: OptionSource[], base: string, { defaults, kinds, parse }: OptionTables, warn: (message: string) => void = console.warn): WidgetOptions {
  const options: Record<string, unknown> = { ...defaults, strings: {} }
  for (const { values, fromData } of sources) {
    // Texts (strings) can only be given in a config object.
    const names = Object.keys(kinds).filter((name) => !fromData || name != 'strings')
    const spell = (key: string) => (fromData ? 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()) : key)
    for (const [key, raw] of Object.entries(values)) {
      const kind = kinds[key]
      const value = parse(key, raw)
      if (value !== undefined) options[key] = value
      else warn(kind ? widgetMessages.badOption(spell(key), raw, kind) : widgetMessages.unknownOption(spell(key), names.map(spell)))
    }
  }
  options.corpus = new URL((options.corpus as string) ?? 'corpus.json', options.corpus ? document.baseURI : base).href
  return options as unknown as WidgetOptions
}
