// Small factories for the host pages the browser tests serve (#5).

export interface HostPageParts {
  title?: string
  lang?: string
  dir?: 'ltr' | 'rtl'
  head?: string
  body?: string
}

/** A plain page of a clinic site with whatever the test adds. */
export function hostPage(parts: HostPageParts = {}): string {
  const dir = parts.dir ? ` dir="${parts.dir}"` : ''
  return `<!doctype html>
<html lang="${parts.lang ?? 'en'}"${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title ?? 'Valor Spine test page'}</title>
${parts.head ?? ''}
</head>
<body>
<main>
<h1>Spinal fusion alternatives</h1>
<p>Many people with back pain can avoid fusion surgery. Ask our assistant in the corner.</p>
</main>
${parts.body ?? ''}
</body>
</html>
`
}

/** A `<script>` tag with attributes; `true` writes a bare attribute. */
export function scriptTag(src: string, attributes: Record<string, string | true> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('')
  return `<script src="${escapeAttribute(src)}"${attrs}></script>`
}

/** Data for an inline script: JSON that cannot close the script element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c')
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}
