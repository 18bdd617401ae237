import { describe, expect, it } from 'vitest'

import { emailToMailtoHref, isExampleValue, phoneToTelHref } from './exampleValue'

describe('example values', () => {
  it('recognises the marks editors write', () => {
    expect(isExampleValue('800 000 000 (numero di esempio)')).toBe(true)
    expect(isExampleValue('Via Roma, 1 - 72100 Brindisi (indirizzo di esempio)')).toBe(true)
    expect(isExampleValue('Giovanni Bianchi (esempio)')).toBe(true)
    expect(isExampleValue('15,00 € (importi di esempio)')).toBe(true)
    expect(isExampleValue('+39 0831 229111')).toBe(false)
    expect(isExampleValue('Piazza Matteotti, 1 - 72100 Brindisi')).toBe(false)
    expect(isExampleValue(undefined)).toBe(false)
  })

  it('never makes a tel: link of an example or undialable number', () => {
    expect(phoneToTelHref('+39 0831 229111')).toBe('tel:+390831229111')
    expect(phoneToTelHref('800 000 000 (numero di esempio)')).toBeUndefined()
    expect(phoneToTelHref('da definire')).toBeUndefined()
    expect(phoneToTelHref('')).toBeUndefined()
  })

  it('never makes a mailto: link of an example or of a non-address', () => {
    expect(emailToMailtoHref('urp@comune.brindisi.it')).toBe('mailto:urp@comune.brindisi.it')
    expect(emailToMailtoHref('urp@comune.brindisi.it (esempio)')).toBeUndefined()
    expect(emailToMailtoHref('non disponibile')).toBeUndefined()
  })
})
