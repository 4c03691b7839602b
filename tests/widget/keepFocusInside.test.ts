// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { keepFocusInside } from '../../src/widget/keepFocusInside'

function dialogWithControls() {
  const host = document.createElement('div')
  document.body.append(host)
  const shadow = host.attachShadow({ mode: 'open' })
  const dialog = document.createElement('div')
  dialog.innerHTML = '<button id="close">Close</button><div tabindex="0" id="log"></div><input id="input"><button id="send">Send</button>'
  shadow.append(dialog)
  // happy-dom lays nothing out: treat every control as visible.
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList)
  const el = (id: string) => shadow.getElementById(id)!
  const tab = (shiftKey = false) => {
    const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, cancelable: true })
    keepFocusInside(event, dialog)
    return event.defaultPrevented
  }
  return { shadow, el, tab }
}

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('focus in the full-screen panel', () => {
  it('goes from the last control back to the first on Tab', () => {
    const { shadow, el, tab } = dialogWithControls()
    el('send').focus()
    expect(tab()).toBe(true)
    expect(shadow.activeElement?.id).toBe('close')
  })

  it('goes from the first control to the last on Shift+Tab', () => {
    const { shadow, el, tab } = dialogWithControls()
    el('close').focus()
    expect(tab(true)).toBe(true)
    expect(shadow.activeElement?.id).toBe('send')
  })

  it('leaves Tab alone between the first and the last', () => {
    const { el, tab } = dialogWithControls()
    el('input').focus()
    expect(tab()).toBe(false)
  })
})
