// Which link targets the corpus may contain. Shared by the validator and the
// widget, so it stays DOM-free and tiny (#2).

const SAFE_SCHEMES: readonly string[] = Object.freeze(['https', 'http', 'mailto', 'tel'])

/** True for https:, http:, mailto:, tel: and site-relative `/path` links.
 * Anything else (javascript:, data:, `//host`, …) is refused, and so is any
 * control character or surrounding space, which browsers strip before they
 * read the scheme ("\tjavascript:" still runs). */
export function isSafeHref(href: string): boolean {
  if ([...href].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return false
  if (href !== href.trim() || !href) return false
  // `//host` and `/\host` are protocol-relative: they leave the site.
  if (href.startsWith('/')) return !/^\/[/\\]/.test(href)
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]
  return scheme !== undefined && SAFE_SCHEMES.includes(scheme.toLowerCase())
}

/** True for safe links that leave the site (http, https). */
export function isExternalHref(href: string): boolean {
  return isSafeHref(href) && /^https?:/i.test(href)
}
