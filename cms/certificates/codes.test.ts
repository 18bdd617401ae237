import { describe, expect, it } from 'vitest'

import { newCertificateCode, normaliseCertificateCode } from './codes'

describe('certificate codes', () => {
  it('are BR-C and three groups of four Crockford characters, read back however typed', () => {
    const code = newCertificateCode()
    expect(code).toMatch(/^BR-C-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(normaliseCertificateCode(code)).toBe(code)
    expect(normaliseCertificateCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code)
    expect(normaliseCertificateCode(code.slice(5))).toBe(code)
    expect(normaliseCertificateCode('br-c-ab1o-cdil-ef56')).toBe('BR-C-AB10-CD11-EF56')
    expect(normaliseCertificateCode('BR-C-AB12')).toBeNull()
    expect(normaliseCertificateCode('<script>')).toBeNull()
  })
})
