import { describe, expect, it } from 'vitest'

import { validatePath } from './Redirects'

describe('validatePath (Reindirizzamenti)', () => {
  it('accepts a path of the site that starts with a single slash and ends with one', () => {
    for (const value of ['/', '/notizie/nuovo-titolo/', '/servizi/carta-d-identita/', '/notizie/caff%C3%A8/']) expect(validatePath(value), value).toBe(true)
  })

  it('refuses other sites and anything that decodes into another site', () => {
    for (const value of ['https://evil.example/', '//evil.example/', '/\\evil.example/', '/%2F%2Fevil.example/', '/%2f/evil.example/', '/%5Cevil.example/', '/%252F%252Fevil.example/', '/%09/evil.example/', '/%7F/', '/%C2%85/', 'javascript:alert(1)//', '/notizie', ' /notizie/', '/../segreto/', 42]) {
      expect(validatePath(value), String(value)).toMatch(/percorso del sito/)
    }
  })
})
