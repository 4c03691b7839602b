// Styles of the host element and the launcher, adopted into the shadow root
// (#4). `all: initial !important` on :host beats the page's own !important
// rules (inner !important wins across the shadow boundary) and stops
// inherited fonts, sizes and colours leaking in; sizes are px because a page
// may shrink rem. The panel adds its own sheet when it loads, including the
// launcher's icon, for which the launcher keeps room (padding-left). The
// links' colour is decided here, beside the launcher's, so that a first open
// does not fetch the contrast code twice.
import { linkColor, readableTextColor } from '../widget/colorContrast'
import type { WidgetOptions } from '../widget/widgetOptions'

export function hostStyles({ color, offset, zIndex, position }: Pick<WidgetOptions, 'color' | 'offset' | 'zIndex' | 'position'>): string {
  const left = position == 'bottom-left'
  const side = `${offset}px`
  return (
    `:host{all:initial!important;display:block!important;--faq-accent:${color};--faq-on-accent:${readableTextColor(color)};--faq-accent-ink:${linkColor(color)};--faq-offset:${side}}` +
    `:host([data-floating]){position:fixed!important;inset:auto ${left ? 'auto' : side} ${side} ${left ? side : 'auto'}!important;z-index:${zIndex}!important}` +
    `.root{display:flex;flex-direction:column;align-items:flex-${left ? 'start' : 'end'};gap:12px}` +
    '.launcher{display:flex;align-items:center;gap:10px;min-height:52px;padding:0 22px 0 48px;border:0;border-radius:26px;background:var(--faq-accent);color:var(--faq-on-accent);font:600 16px/1.2 system-ui,sans-serif;box-shadow:0 2px 8px #0005}' +
    '.launcher:focus-visible{outline:3px solid var(--faq-accent);outline-offset:3px;box-shadow:0 0 0 3px #fff}'
  )
}
