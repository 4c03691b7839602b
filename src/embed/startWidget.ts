// Everything the loader and mount() share (#4): place the host once the page
// has a body, load the panel on intent or idle (whichever comes first), and
// answer the public API, queueing calls until the panel is there.
import type { MountPanel, PanelController } from '../widget/mountPanel'
import { optionTables, readOption, type OptionSource } from '../widget/readOption'
import { whenIdle } from '../widget/whenIdle'
import { createHost } from './createHost'
import { createLauncher } from './createLauncher'
import type { FaqWidgetApi } from './faq-widget'

/** `base` is where the default corpus.json is, `sources` the raw options;
 * the panel reads and checks them all when it mounts. */
export function startWidget(sources: OptionSource[], base: string, loadPanel: () => Promise<MountPanel>): FaqWidgetApi {
  const option = <K extends Parameters<typeof readOption>[1]>(name: K) => readOption(sources, name)
  const inline = option('inline')
  const parts = createHost({ color: option('color'), offset: option('offset'), zIndex: option('zIndex'), position: option('position') })
  const host = parts.host
  let destroyed = false
  let controller: Promise<PanelController> | undefined
  let launcher: HTMLButtonElement | undefined

  let markPlaced!: () => void
  const placed = new Promise<void>((resolve) => (markPlaced = resolve))
  const place = () => {
    if (destroyed) return
    // A selector that matches nothing falls back to the launcher; the panel warns.
    const target = inline ? document.querySelector(inline) : null
    ;(target ?? document.body).append(host)
    if (!target) {
      launcher = createLauncher(parts, option('title'))
      // The top layer keeps the launcher above later max-z-index overlays
      // and out of a transformed body's containing block.
      host.popover = 'manual'
      host.showPopover?.()
      launcher.onclick = () => run((c) => c.toggle())
      launcher.onpointerenter = launcher.onfocus = () => void panel()
    }
    markPlaced()
    if (option('open') || target) run((c) => c.open(false))
    else whenIdle(panel)
  }
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', place)
  else place()

  function panel(): Promise<PanelController> {
    return (controller ??= placed
      .then(loadPanel)
      .then((mount) => mount({ ...parts, launcher, sources, optionTables, whenIdle, base }))
      .catch((error: unknown) => {
        // Let the next intent try again.
        controller = undefined
        throw error
      }))
  }

  function run(action: (c: PanelController) => void): void {
    panel().then((c) => destroyed || action(c), () => {})
  }

  return {
    open: () => run((c) => c.open()),
    close: () => run((c) => c.close()),
    ask: (text) => run((c) => c.ask(text)),
    destroy() {
      destroyed = true
      controller?.then((c) => c.destroy(), () => {})
      host.remove()
    },
    on(event, handler) {
      // The prefix is widgetConfig.eventPrefix, written out so the loader
      // does not carry the panel's config.
      const listener = (e: Event) => handler((e as CustomEvent).detail)
      host.addEventListener('faq-widget:' + event, listener)
      return () => host.removeEventListener('faq-widget:' + event, listener)
    },
  }
}
