import { describe, expect, it } from 'vitest'

import { claimToFiscalCode, fiscalCodeCheckChar, isValidFiscalCode } from './fiscalCode'

describe('claimToFiscalCode', () => {
  it('reads the SPID/CIE form "TINIT-<code>" and plain codes, in any case', () => {
    expect(claimToFiscalCode('TINIT-RSSMRA85T10A562S')).toBe('RSSMRA85T10A562S')
    expect(claimToFiscalCode(' rssmra85t10a562s ')).toBe('RSSMRA85T10A562S')
  })

  it('refuses a wrong check character, a wrong shape and non-strings', () => {
    expect(claimToFiscalCode('TINIT-RSSMRA85T10A562X')).toBeNull()
    expect(claimToFiscalCode('TINIT-12345678901')).toBeNull()
    expect(claimToFiscalCode(undefined)).toBeNull()
    expect(claimToFiscalCode(42)).toBeNull()
  })

  it('accepts an omocodic code (digits replaced by letters) with its own check character', () => {
    const first15 = 'RSSMRA85T10A56N' // the last digit 2 of A562 written as N
    expect(isValidFiscalCode(first15 + fiscalCodeCheckChar(first15))).toBe(true)
  })
})
