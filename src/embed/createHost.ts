// Builds the widget's host element and open shadow root with its styles
// (#4). Placing it in the page, the launcher and the panel come later (see
// startWidget), since the body or the inline target may not exist yet when
// the loader runs.
import type { WidgetOptions } from '../widget/widgetOptions'
import { hostStyles } from './hostStyles'

export interface HostParts {
  host: HTMLElement
  shadow: ShadowRoot
  /** The panel and the launcher go in here. */
  root: HTMLElement
}

export function createHost(options: Pick<WidgetOptions, 'color' | 'offset' | 'zIndex' | 'position'>): HostParts {
  const host = document.createElement('faq-widget')
  const shadow = host.attachShadow({ mode: 'open' })
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(hostStyles(options))
  shadow.adoptedStyleSheets = [sheet]
  const root = document.createElement('div')
  root.className = 'root'
  // The page's direction must not flip the widget's own layout.
  root.dir = 'ltr'
  shadow.append(root)
  return { host, shadow, root }
}
