// Keeps the full-screen phone panel inside the visual viewport, so the
// on-screen keyboard never covers the input (#4). Writes custom properties
// into an adopted sheet: no style attribute, so a strict CSP allows it.
export function trackViewport(sheet: CSSStyleSheet): () => void {
  const viewport = window.visualViewport
  if (!viewport) return () => {}
  const update = () => sheet.replaceSync(`:host{--faq-vh:${Math.round(viewport.height)}px;--faq-vt:${Math.round(viewport.offsetTop)}px}`)
  update()
  viewport.addEventListener('resize', update)
  viewport.addEventListener('scroll', update)
  return () => {
    viewport.removeEventListener('resize', update)
    viewport.removeEventListener('scroll', update)
  }
}
