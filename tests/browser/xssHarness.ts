// How the XSS tests (#5) decide that nothing an attacker wrote became code or
// markup: dialogs, the flag payloads set, and a comparison of the page's
// elements, attributes and links with those of a harmless conversation.
import type { Page } from 'playwright-core'
import { safeLinkProtocols, unsafeHrefs } from './xssPayloads'

/** The elements and attributes inside one open shadow root. */
export interface ShadowSnapshot {
  /** The shadow host's id, or its tag name. */
  host: string
  tags: string[]
  attributes: string[]
  /** `tag[onxxx]` for every event-handler attribute. */
  handlers: string[]
  /** Every URL-bearing attribute: its raw value and the protocol it resolves to. */
  urls: { tag: string; attribute: string; raw: string; protocol: string }[]
  text: string
}

export interface DomSnapshot {
  /** Tag name → count, outside every shadow root. */
  light: Record<string, number>
  lightHandlers: string[]
  shadows: ShadowSnapshot[]
  pwned: unknown
}

/** Records (and dismisses) every dialog the page opens. */
export function trapDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  return dialogs
}

export function snapshotDom(page: Page): Promise<DomSnapshot> {
  return page.evaluate(() => {
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background']
    const light: Record<string, number> = {}
    const lightHandlers: string[] = []
    const shadows: ShadowSnapshot[] = []

    const describeShadow = (host: Element, root: ShadowRoot): void => {
      const tags = new Set<string>()
      const attributes = new Set<string>()
      const handlers: string[] = []
      const urls: ShadowSnapshot['urls'] = []
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.localName
        tags.add(tag)
        for (const attr of Array.from(el.attributes)) {
          attributes.add(attr.name)
          if (attr.name.startsWith('on')) handlers.push(`${tag}[${attr.name}]`)
          if (urlAttributes.includes(attr.name)) {
            let protocol = 'unparsable:'
            try {
              protocol = new URL(attr.value, document.baseURI).protocol
            } catch {
              // An attribute that is not a URL cannot be followed.
            }
            urls.push({ tag, attribute: attr.name, raw: attr.value, protocol })
          }
        }
        if (el.shadowRoot) describeShadow(el, el.shadowRoot)
      }
      shadows.push({ host: host.id || host.localName, tags: [...tags].sort(), attributes: [...attributes].sort(), handlers, urls, text: root.textContent ?? '' })
    }

    for (const el of Array.from(document.querySelectorAll('*'))) {
      light[el.localName] = (light[el.localName] ?? 0) + 1
      for (const attr of Array.from(el.attributes)) {
        if (attr.name.startsWith('on')) lightHandlers.push(`${el.localName}[${attr.name}]`)
      }
      if (el.shadowRoot) describeShadow(el, el.shadowRoot)
    }
    return { light, lightHandlers, shadows, pwned: (window as unknown as { __pwned?: unknown }).__pwned }
  })
}

/** Elements that never belong in a chat answer, whatever the baseline says. */
const forbiddenTags = Object.freeze([
  'script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'template', 'math',
])

/**
 * Everything in `after` that a harmless run (`baseline`) did not have: new
 * light-DOM elements, shadow elements or attributes the widget never uses,
 * event handlers, links with unsafe schemes, and the payloads' flag.
 */
export function findXssProblems(after: DomSnapshot, baseline: DomSnapshot): string[] {
  const problems: string[] = []
  if (after.pwned !== undefined) problems.push(`window.__pwned was set to ${JSON.stringify(after.pwned)}`)
  for (const [tag, count] of Object.entries(after.light)) {
    const before = baseline.light[tag] ?? 0
    if (count > before) problems.push(`${count - before} new <${tag}> in the page outside the widget`)
  }
  problems.push(...after.lightHandlers.map((h) => `event handler on the page: ${h}`))

  const allowedTags = new Set(baseline.shadows.flatMap((s) => s.tags))
  const allowedAttributes = new Set(baseline.shadows.flatMap((s) => s.attributes))
  for (const shadow of after.shadows) {
    const where = `in the shadow root of ${shadow.host}`
    for (const tag of shadow.tags) {
      if (!allowedTags.has(tag) || forbiddenTags.includes(tag)) problems.push(`<${tag}> ${where}`)
    }
    for (const attribute of shadow.attributes) {
      if (!allowedAttributes.has(attribute)) problems.push(`attribute ${attribute} ${where}`)
    }
    problems.push(...shadow.handlers.map((h) => `event handler ${h} ${where}`))
    for (const url of shadow.urls) {
      if (!safeLinkProtocols.includes(url.protocol) || unsafeHrefs.includes(url.raw)) {
        problems.push(`${url.tag}[${url.attribute}] = ${JSON.stringify(url.raw)} (${url.protocol}) ${where}`)
      }
    }
  }
  return problems
}
