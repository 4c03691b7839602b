// Mounts the panel into the shadow root the loader prepared (#4): styles,
// the chat model, the Preact tree, and the sync of host and launcher state.
import { effect } from '@preact/signals'
import { render } from 'preact'
import { createMatcher } from '../match/createMatcher'
import type { WidgetEvent } from './chatMessage'
import { createChatModel } from './createChatModel'
import { loadCorpus } from './loadCorpus'
import { Panel } from './Panel'
import { panelStyles } from './panelStyles'
import { defaultStrings, type Strings } from './strings'
import { trackViewport } from './trackViewport'
import { widgetConfig } from './widgetConfig'
import { warmUpRendering } from './warmUpRendering'
import { widgetMessages } from './widgetMessages'
import type { OptionSource, OptionTables } from './readOption'
import { readOptions } from './readOptions'

export interface PanelContext {
  host: HTMLElement
  shadow: ShadowRoot
  /** The panel goes first in here, above the launcher. */
  root: HTMLElement
  /** Absent in inline mode. */
  launcher?: HTMLButtonElement
  /** The raw options, read and checked here (warnings once). */
  sources: OptionSource[]
  /** The loader's option tables and idle scheduler, so that a first open
   * does not fetch them twice (#4). */
  optionTables: OptionTables
  whenIdle: (task: () => void) => void
  /** URL the default corpus.json is resolved against. */
  base: string
}

export interface PanelController {
  /** `focus` moves focus to the input (not when opening on page load). */
  open(focus?: boolean): void
  close(): void
  toggle(): void
  ask(text: string): void
  destroy(): void
}

export type MountPanel = (context: PanelContext) => PanelController

export function mountPanel({ host, shadow, root, launcher, sources, optionTables, whenIdle, base }: PanelContext): PanelController {
  const options = readOptions(sources, base, optionTables)
  if (options.inline && launcher) console.warn(widgetMessages.inlineMissing(options.inline))
  const container = document.createElement('div')
  container.id = 'faq-panel'
  container.className = 'panel'
  root.prepend(container)
  const styles = new CSSStyleSheet()
  styles.replaceSync(panelStyles)
  const viewport = new CSSStyleSheet()
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, styles, viewport]
  const strings = pickStrings(options.strings)
  const inline = !launcher

  const corpus = loadCorpus(options.corpus)
  const model = createChatModel({
    options,
    strings,
    corpus,
    createMatcher,
    emit: (name: WidgetEvent, detail: Record<string, unknown>) => {
      const type = widgetConfig.eventPrefix + name
      host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }))
      if (options.analytics) {
        const w = window as unknown as { dataLayer?: object[] }
        ;(w.dataLayer ??= []).push({ event: type, ...detail })
      }
    },
    storage: options.persist ? sessionStorageIfAllowed() : undefined,
    whenIdle,
  })

  const stopSync = effect(() => {
    const open = model.isOpen.value
    container.hidden = !open
    host.toggleAttribute('data-open', open)
    launcher?.setAttribute('aria-expanded', String(open))
  })
  const stopViewport = inline ? () => {} : trackViewport(viewport)
  warmUpRendering(corpus, model, strings, whenIdle)

  const focusInput = () => (shadow.querySelector<HTMLElement>('#faq-input') ?? shadow.querySelector<HTMLElement>('.icon-button'))?.focus()
  const controller: PanelController = {
    open(focus = true) {
      model.open()
      if (focus) focusInput()
    },
    close() {
      if (inline) return
      const hadFocus = shadow.activeElement !== null
      model.close()
      if (hadFocus) launcher?.focus()
    },
    toggle() {
      if (model.isOpen.value) controller.close()
      else controller.open()
    },
    ask(text) {
      controller.open(false)
      model.ask(text)
    },
    destroy() {
      render(null, container)
      container.remove()
      stopSync()
      stopViewport()
    },
  }
  render(<Panel model={model} strings={strings} title={options.title} inline={inline} onClose={controller.close} />, container)
  if (inline) model.open()
  return controller
}

/** The defaults with the clinic's own texts over them; non-texts ignored. */
function pickStrings(overrides: Partial<Strings>): Strings {
  const own = Object.entries(overrides).filter(([key, value]) => key in defaultStrings && typeof value == 'string')
  return { ...defaultStrings, ...Object.fromEntries(own) }
}

/** Reading sessionStorage throws where the visitor blocks site data. */
function sessionStorageIfAllowed(): Storage | undefined {
  try {
    return window.sessionStorage
  } catch {
    return undefined
  }
}
