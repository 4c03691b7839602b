// Loads dist/faq-panel.js (#4) with a dynamic import rather than a <script>
// element: the import inherits the loader's nonce (pages with nonces and
// 'strict-dynamic' allow it), it is not a Trusted Types sink, and it needs
// no global to hand mountPanel over.
import type { MountPanel } from '../widget/mountPanel'
import { embedMessages } from './embedMessages'

export function loadPanelModule(src: string): Promise<MountPanel> {
  return import(src).then(
    (panel: { mountPanel: MountPanel }) => panel.mountPanel,
    (error: unknown) => {
      console.warn(embedMessages.panelFailed(src))
      throw error
    },
  )
}
