// On a phone the open panel covers the whole page (#4), so Tab must not walk
// off into the page's controls hidden behind it: wrap around instead.
const focusable = 'button, a[href], input, summary, [tabindex="0"]'

/** Handles a Tab keydown inside `dialog`: from its last control to its first and back. */
export function keepFocusInside(event: KeyboardEvent, dialog: HTMLElement): void {
  const controls = [...dialog.querySelectorAll<HTMLElement>(focusable)].filter((el) => el.getClientRects().length > 0)
  const first = controls[0]
  const last = controls[controls.length - 1]
  const current = (dialog.getRootNode() as ShadowRoot).activeElement
  const wrapTo = event.shiftKey ? (current === first ? last : undefined) : current === last ? first : undefined
  if (!wrapTo) return
  event.preventDefault()
  wrapTo.focus()
}
