// Entry of dist/faq-widget.js, the one script tag marketers add (#4): read
// the options, keep to one widget per page, and load the panel beside it.
import type { FaqWidgetApi } from './faq-widget'
import { loadPanelModule } from './loadPanelModule'
import { startWidget } from './startWidget'

const page = window as unknown as { FaqWidget?: FaqWidgetApi; FaqWidgetConfig?: Record<string, unknown> }
const script = document.currentScript as HTMLScriptElement | null

// A second tag or a second load of this file leaves the first widget alone.
if (!page.FaqWidget) {
  const base = script?.src || document.baseURI
  const sources = [{ values: page.FaqWidgetConfig ?? {} }, { values: { ...script?.dataset }, fromData: true }]
  const widget = startWidget(sources, base, () => loadPanelModule(new URL('faq-panel.js', base).href))
  page.FaqWidget = {
    ...widget,
    destroy() {
      widget.destroy()
      delete page.FaqWidget
    },
  }
}
