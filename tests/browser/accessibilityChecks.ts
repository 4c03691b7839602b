// Accessibility measurements inside the widget's open shadow root (#5): axe
// with the WCAG 2.0–2.2 A/AA rules, target sizes, and visible focus.
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)

const defaults = Object.freeze({
  axeScript: require.resolve('axe-core/axe.min.js'),
  /** 2.5.8 (target size) is checked only under wcag22aa. */
  tags: Object.freeze(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']),
  /** WCAG 2.5.8 minimum, in CSS px. */
  minTarget: 24,
  interactive: 'button, a[href], input, select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])',
})

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/** axe's violations for everything inside `host`'s shadow root that matches
 * `inner`, e.g. ('faq-widget', '*'). The scoping form `fromShadowDom` is the
 * one that reaches into shadow roots; the nested-array form means iframes. */
export async function axeViolations(page: Page, host: string, inner: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.addScriptTag({ path: defaults.axeScript })
  return page.evaluate(
    async ({ host, inner, tags }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe
      const result = await axe.run({ include: [{ fromShadowDom: [host, inner] }] }, { runOnly: { type: 'tag', values: tags } })
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }))
    },
    { host, inner, tags: [...defaults.tags] },
  )
}

/** How many nodes axe checked: proof the scope was not empty. */
export async function axeCheckedNodes(page: Page, host: string, inner: string): Promise<number> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.addScriptTag({ path: defaults.axeScript })
  return page.evaluate(
    async ({ host, inner }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ passes: { nodes: unknown[] }[] }> } }).axe
      const result = await axe.run({ include: [{ fromShadowDom: [host, inner] }] }, { runOnly: { type: 'rule', values: ['color-contrast', 'button-name'] } })
      return result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0)
    },
    { host, inner },
  )
}

export interface MeasuredTarget {
  name: string
  width: number
  height: number
}

/** Every visible control in every open shadow root with its size. */
export function measureTargets(page: Page): Promise<MeasuredTarget[]> {
  return page.evaluate((selector) => {
    const found: { name: string; width: number; height: number }[] = []
    const visit = (root: Document | ShadowRoot): void => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot) visit(el.shadowRoot)
        if (root === document || !el.matches(selector)) continue
        const rect = el.getBoundingClientRect()
        const style = getComputedStyle(el)
        if (rect.width === 0 && rect.height === 0) continue
        if (style.visibility === 'hidden') continue
        const name = el.getAttribute('aria-label') || (el.textContent ?? '').trim().slice(0, 40) || el.localName
        found.push({ name: `${el.localName} "${name}"`, width: Math.round(rect.width * 10) / 10, height: Math.round(rect.height * 10) / 10 })
      }
    }
    visit(document)
    return found
  }, defaults.interactive)
}

export function tooSmall(targets: MeasuredTarget[]): MeasuredTarget[] {
  return targets.filter((t) => t.width < defaults.minTarget || t.height < defaults.minTarget)
}

export interface FocusStep {
  name: string
  focusVisible: boolean
  /** The focused look differs from the unfocused one by an outline or a shadow. */
  indicated: boolean
}

/** Presses Tab `steps` times (and once more, to see the last control
 * unfocused) and records, for each focused control inside a shadow root, whether its focus is drawn: an outline, or a box-shadow that
 * the same control does not have once focus has moved on. */
export async function tabThroughFocus(page: Page, steps: number): Promise<FocusStep[]> {
  const results: FocusStep[] = []
  let previous: { name: string; outline: string; shadow: string; focusVisible: boolean } | undefined
  for (let i = 0; i <= steps + 1; i++) {
    const now = await page.evaluate(() => {
      let el: Element | null = document.activeElement
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
      const w = window as unknown as { __faqPrevFocus?: Element | null }
      const prev = w.__faqPrevFocus
      w.__faqPrevFocus = el
      const look = (e: Element) => {
        const s = getComputedStyle(e)
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none'
        return { outline, shadow: s.boxShadow }
      }
      const inShadow = !!el && el.getRootNode() instanceof ShadowRoot
      const name = el ? `${el.localName} "${el.getAttribute('aria-label') || (el.textContent ?? '').trim().slice(0, 40)}"` : 'nothing'
      return {
        current: inShadow && el ? { name, ...look(el), focusVisible: el.matches(':focus-visible') } : undefined,
        previousUnfocused: prev && prev !== el ? look(prev) : undefined,
      }
    })
    if (previous) {
      const unfocused = now.previousUnfocused
      const shadowChanged = !!unfocused && previous.shadow !== 'none' && previous.shadow !== unfocused.shadow
      const outlineChanged = previous.outline !== 'none' && (!unfocused || previous.outline !== unfocused.outline)
      results.push({ name: previous.name, focusVisible: previous.focusVisible, indicated: outlineChanged || shadowChanged })
    }
    // Whatever had focus before the first Tab may have got it by mouse.
    previous = i === 0 ? undefined : now.current
    if (i <= steps) await page.keyboard.press('Tab')
  }
  return results
}
