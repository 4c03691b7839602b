// Renders the panel for a model into an open shadow root, as the widget does,
// so tests read what a visitor would see (#4).
import { render } from 'preact'
import type { ChatModel } from '../../src/widget/createChatModel'
import { Panel } from '../../src/widget/Panel'
import { defaultStrings } from '../../src/widget/strings'

export function renderPanel(model: ChatModel, inline = false): { shadow: ShadowRoot; closed: () => number } {
  const host = document.createElement('faq-widget')
  document.body.append(host)
  const shadow = host.attachShadow({ mode: 'open' })
  const container = document.createElement('div')
  shadow.append(container)
  let closes = 0
  render(<Panel model={model} strings={defaultStrings} title="Ask Valor Spine" inline={inline} onClose={() => closes++} />, container)
  return { shadow, closed: () => closes }
}

/** Lets Preact apply pending signal-driven re-renders. */
export const rerendered = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Text of an element with whitespace collapsed. */
export const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim()
