import { describe, expect, it } from 'vitest'
import { isExternalHref, isSafeHref } from '../../src/corpus/safeHref'

describe('isSafeHref', () => {
  it.each([
    'https://example.org/page',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    'mailto:front-desk@example.org',
    'tel:+1 555 0100',
    '/schedule',
    '/blog/back-care-basics#faq',
  ])('accepts %j', (href) => {
    expect(isSafeHref(href)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    '//evil.example',
    '/\\evil.example',
    'blog/relative',
    '#top',
    '',
    'https://example.org\n',
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false)
  })
})

describe('isExternalHref', () => {
  it('tells links that leave the site from site paths, mail and phone links', () => {
    expect(isExternalHref('https://www.nhs.uk/')).toBe(true)
    expect(isExternalHref('/schedule')).toBe(false)
    expect(isExternalHref('tel:911')).toBe(false)
    expect(isExternalHref('javascript:alert(1)')).toBe(false)
  })
})
