// Entry of dist/faq-widget.esm.js for sites that bundle (#4): the same widget
// as the script tag, with the panel bundled in rather than fetched.
import { mountPanel } from '../widget/mountPanel'
import type { FaqWidgetApi, FaqWidgetOptions } from './faq-widget'
import { startWidget } from './startWidget'

export function mount(options: FaqWidgetOptions = {}): FaqWidgetApi {
  return startWidget([{ values: { ...options } }], document.baseURI, () => Promise.resolve(mountPanel))
}
