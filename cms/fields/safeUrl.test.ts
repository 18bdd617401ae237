import { describe, expect, it } from 'vitest'

import { isSafeLinkUrl } from './safeUrl'

describe('which links the CMS stores', () => {
  it.each(['https://www.comune.brindisi.it', 'http://example.org/a?b=1#c', 'mailto:urp@comune.brindisi.it', 'mailto:urp@comune.brindisi.it?subject=Richiesta', 'tel:+390831229111', 'tel:0831-229111', '/servizi/', '/prenotazione-appuntamento/#orari', '#contatti'])(
    'accepts %s',
    (url) => expect(isSafeLinkUrl(url)).toBe(true),
  )

  it.each([
    'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)', '//evil.example/x', '/\\evil.example', 'https:/evil.example', 'https:evil.example', 'http://', 'servizi/',
    'www.comune.brindisi.it', 'ftp://files.example.org', 'file:///etc/passwd', 'mailto:', 'tel:javascript:alert(1)', 'https://a.example/ x',
  ])('refuses %j', (url) => expect(isSafeLinkUrl(url)).toBe(false))
})
