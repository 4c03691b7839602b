// Every link the panel shows goes through here (#4): only safe schemes become
// links (anything else is shown as plain text), and links leaving the site
// open in a new tab without handing it this page.
import type { ComponentChildren } from 'preact'
import { isExternalHref, isSafeHref } from '../corpus/safeHref'
import type { Strings } from './strings'

export interface SafeLinkProps {
  href: string
  strings: Strings
  onFollow: (href: string) => void
  class?: string
  children: ComponentChildren
}

export function SafeLink({ href, strings, onFollow, class: className, children }: SafeLinkProps) {
  if (!isSafeHref(href)) return <span class={className}>{children}</span>
  const external = isExternalHref(href)
  return (
    <a
      class={className}
      href={href}
      onClick={() => onFollow(href)}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {children}
      {external && <span class="sr"> {strings.newTab}</span>}
    </a>
  )
}
