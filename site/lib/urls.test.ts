import { describe, expect, it } from 'vitest'

import { urlToSafeHref } from './urls'

describe('links from the CMS printed as href', () => {
  it('keep web, email and phone links and paths of the site', () => {
    for (const url of ['https://www.regione.puglia.it', 'mailto:urp@comune.brindisi.it', 'tel:+390831229111', '/amministrazione-trasparente/', '#contatti'])
      expect(urlToSafeHref(url)).toBe(url)
  })

  it('drop what old data may hold: other schemes, scheme-relative and backslash tricks, blanks', () => {
    for (const url of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', '/\\evil.example', '', null, undefined])
      expect(urlToSafeHref(url)).toBeUndefined()
  })
})
