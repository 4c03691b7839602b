// The widget's options (#4), from the loader's data-* attributes,
// window.FaqWidgetConfig or mount(). A bad or unknown option costs one console
// warning naming it, and its default is used: a typo in a marketer's snippet
// must never break the page. The loader reads the few options its launcher
// needs with readOption (silently, to stay small); the panel reads them all
// with readOptions, which warns.
import { widgetMessages } from './widgetMessages'
import type { WidgetOptions } from './widgetOptions'

/** Defaults for every option that has one; flags (open, analytics,
 * analyticsText, persist) are off unless set. */
export const defaultOptions: Readonly<Partial<WidgetOptions>> = Object.freeze({
  title: 'Questions? Ask us',
  color: '#0b5cab',
  position: 'bottom-right',
  offset: 20,
  zIndex: 2147483000,
})

/** One place the options come from; later sources win. `fromData` names the
 * options as data-* attributes in warnings. */
export interface OptionSource {
  values: Record<string, unknown>
  fromData?: boolean
}

/** Parsers by kind of value: the parsed value, or undefined when invalid. */
const kinds: Record<string, (v: unknown) => unknown> = {
  text: (v) => (typeof v == 'string' && v.trim()) || undefined,
  // data-open="" (a bare attribute) means true.
  flag: (v) => [undefined, false, true, true][['false', 'true', ''].indexOf(String(v)) + 1],
  // A whole number, "px" allowed (offset="24px").
  int: (v) => (/^-?\d{1,10}(px)?$/.test(`${v}`) ? parseInt(`${v}`) : undefined),
  color: (v) => (/^#([\da-f]{3}){1,2}$/i.test(`${v}`) ? v : undefined),
  position: (v) => (/^bottom-(left|right)$/.test(`${v}`) ? v : undefined),
  object: (v) => (v && typeof v == 'object' ? v : undefined),
}

/** Every option by kind, in its config-object spelling. */
const optionsByKind: Record<string, string> = {
  text: 'corpus title greeting inline scheduleUrl contactUrl',
  flag: 'open analytics analyticsText persist',
  int: 'offset zIndex',
  color: 'color',
  position: 'position',
  object: 'strings',
}
const optionKinds: Record<string, string> = {}
for (const kind in optionsByKind) for (const name of optionsByKind[kind]!.split(' ')) optionKinds[name] = kind

const parse = (name: string, raw: unknown): unknown => kinds[optionKinds[name]!]?.(raw)

/** One option: its last valid value in `sources`, else its default. */
export function readOption<K extends keyof WidgetOptions>(sources: OptionSource[], name: K): WidgetOptions[K] {
  let value = defaultOptions[name]
  for (const { values } of sources) value = (parse(name, values[name]) as WidgetOptions[K] | undefined) ?? value
  return value as WidgetOptions[K]
}

/** All options, warning once about each bad or unknown one. `base` resolves
 * the default corpus URL (beside the loader); a given one resolves against the page. */
export function readOptions(sources: OptionSource[], base: string, warn: (message: string) => void = console.warn): WidgetOptions {
  const options: Record<string, unknown> = { ...defaultOptions, strings: {} }
  for (const { values, fromData } of sources) {
    // Texts (strings) can only be given in a config object.
    const names = Object.keys(optionKinds).filter((name) => !fromData || name != 'strings')
    const spell = (key: string) => (fromData ? 'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()) : key)
    for (const [key, raw] of Object.entries(values)) {
      const kind = optionKinds[key]
      const value = parse(key, raw)
      if (value !== undefined) options[key] = value
      else warn(kind ? widgetMessages.badOption(spell(key), raw, kind) : widgetMessages.unknownOption(spell(key), names.map(spell)))
    }
  }
  options.corpus = new URL((options.corpus as string) ?? 'corpus.json', options.corpus ? document.baseURI : base).href
  return options as unknown as WidgetOptions
}
