// The option tables and the silent reader the loader needs (#4). The loader
// hands the tables to the panel (PanelContext.optionTables), which checks
// every option with them (readOptions), so that a first open fetches them
// once rather than in both files.
import type { WidgetOptions } from './widgetOptions'

/** Defaults for every option that has one; flags (open, analytics,
 * analyticsText, persist) are off unless set. */
const defaults: Readonly<Partial<WidgetOptions>> = Object.freeze({
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
const parsers: Record<string, (v: unknown) => unknown> = {
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
/** The kind of each option by name. */
const kinds: Record<string, string> = {}
for (const kind in optionsByKind) for (const name of optionsByKind[kind]!.split(' ')) kinds[name] = kind

export const optionTables = {
  defaults,
  kinds,
  /** An option's value, or undefined when it is invalid or unknown. */
  parse: (name: string, raw: unknown): unknown => parsers[kinds[name]!]?.(raw),
}
export type OptionTables = typeof optionTables

/** One option: its last valid value in `sources`, else its default. */
export function readOption<K extends keyof WidgetOptions>(sources: OptionSource[], name: K): WidgetOptions[K] {
  let value = defaults[name]
  for (const { values } of sources) value = (optionTables.parse(name, values[name]) as WidgetOptions[K] | undefined) ?? value
  return value as WidgetOptions[K]
}
