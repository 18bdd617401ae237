import { describe, expect, it } from 'vitest'

import { fiscalCodeCheckChar, isValidFiscalCode, personToFiscalCode } from './fiscalCode'

describe('fiscalCodeCheckChar', () => {
  it('gives S for the well-known example RSSMRA85T10A562S', () => {
    expect(fiscalCodeCheckChar('RSSMRA85T10A562')).toBe('S')
  })

  it('gives Z for the Agenzia delle Entrate example MRTMTT25D09F205Z', () => {
    expect(fiscalCodeCheckChar('MRTMTT25D09F205')).toBe('Z')
  })

  it('accepts lowercase input and rejects anything that is not fifteen letters or digits', () => {
    expect(fiscalCodeCheckChar('rssmra85t10a562')).toBe('S')
    expect(() => fiscalCodeCheckChar('RSSMRA85T10A56')).toThrow(TypeError)
    expect(() => fiscalCodeCheckChar('RSSMRA85T10A56-')).toThrow(TypeError)
  })
})

describe('isValidFiscalCode', () => {
  it('accepts a code whose check character is right and refuses one changed by a single character', () => {
    expect(isValidFiscalCode('RSSMRA85T10A562S')).toBe(true)
    expect(isValidFiscalCode('RSSMRA85T10A562T')).toBe(false)
    expect(isValidFiscalCode('RSSMRA86T10A562S')).toBe(false)
  })

  it('refuses codes of the wrong shape, length or month letter', () => {
    expect(isValidFiscalCode('')).toBe(false)
    expect(isValidFiscalCode('RSSMRA85T10A562')).toBe(false)
    expect(isValidFiscalCode('RSSMRA85F10A562S')).toBe(false) // F is not a month letter
    expect(isValidFiscalCode('rssmra85t10a562s')).toBe(false)
  })
})

describe('personToFiscalCode', () => {
  it('reproduces the published examples', () => {
    expect(personToFiscalCode({ givenName: 'Mario', familyName: 'Rossi', birthdate: '1985-12-10', sex: 'M', placeOfBirthCode: 'A562' }))
      .toBe('RSSMRA85T10A562S')
    expect(personToFiscalCode({ givenName: 'Matteo', familyName: 'Moretti', birthdate: '1925-04-09', sex: 'M', placeOfBirthCode: 'F205' }))
      .toBe('MRTMTT25D09F205Z')
  })

  it('adds 40 to the day of birth of a woman', () => {
    const code = personToFiscalCode({ givenName: 'Maria', familyName: 'Rossi', birthdate: '1985-12-10', sex: 'F', placeOfBirthCode: 'A562' })
    expect(code.slice(9, 11)).toBe('50')
    expect(isValidFiscalCode(code)).toBe(true)
  })

  it('skips the second consonant of a name with four or more, and pads a short surname with vowels and X', () => {
    const code = personToFiscalCode({ givenName: 'Gianfranco', familyName: 'Fo', birthdate: '1960-01-05', sex: 'M', placeOfBirthCode: 'B180' })
    expect(code.slice(0, 6)).toBe('FOXGFR')
  })

  it('drops accents, apostrophes and spaces from names', () => {
    const code = personToFiscalCode({ givenName: 'Niccolò', familyName: "D'Amico", birthdate: '1980-04-25', sex: 'M', placeOfBirthCode: 'B180' })
    expect(code).toBe('DMCNCL80D25B180A')
    expect(personToFiscalCode({ givenName: 'Anna Maria', familyName: 'De Santis', birthdate: '1970-02-01', sex: 'F', placeOfBirthCode: 'B180' }).slice(0, 6))
      .toBe('DSNNMR')
  })
})
