import { describe, expect, it } from 'vitest'

import { checkDigits, iuvFromBase, iuvToNoticeCode, isValidNoticeCode, newIuvBase, noticeCodeToPrinted, noticeToQrPayload } from './noticeCode'

// Expected values computed independently (Python: int("3" + segregation + base) % 93).
describe('pagoPA notice numbers with aux digit 3', () => {
  it.each([
    ['01', '0000000000001', '44'],
    ['02', '1234567890123', '56'],
    ['47', '9999999999999', '62'],
  ])('segregation code %s and IUV base %s have check digits %s', (segregation, base, expected) => {
    expect(checkDigits(segregation, base)).toBe(expected)
    expect(iuvFromBase(segregation, base)).toBe(`${segregation}${base}${expected}`)
    expect(iuvToNoticeCode(iuvFromBase(segregation, base))).toBe(`3${segregation}${base}${expected}`)
  })

  it('pads a check digit below ten with a zero', () => {
    // 3 01 0000000000093 → 3010000000000093 mod 93 = 3010000000000000 mod 93 (93 divides 93) → compute both ways.
    const value = String(BigInt('3010000000000093') % 93n).padStart(2, '0')
    expect(checkDigits('01', '0000000000093')).toBe(value)
    expect(checkDigits('01', '0000000000093')).toHaveLength(2)
  })

  it('accepts a well-formed notice number and refuses a wrong check digit, aux digit or length', () => {
    expect(isValidNoticeCode('301000000000000144')).toBe(true)
    expect(isValidNoticeCode('301000000000000145')).toBe(false)
    expect(isValidNoticeCode('001000000000000144')).toBe(false)
    expect(isValidNoticeCode('30100000000000014')).toBe(false)
    expect(isValidNoticeCode('3010000000000001x4')).toBe(false)
  })

  it('generates new IUV bases of 13 digits that make valid notice numbers', () => {
    for (let i = 0; i < 200; i++) {
      const base = newIuvBase()
      expect(base).toMatch(/^\d{13}$/)
      expect(isValidNoticeCode(iuvToNoticeCode(iuvFromBase('01', base)))).toBe(true)
    }
  })

  it('refuses a segregation code or IUV base of the wrong length', () => {
    expect(() => checkDigits('1', '0000000000001')).toThrow(RangeError)
    expect(() => checkDigits('01', '123')).toThrow(RangeError)
  })

  it('prints the notice number in groups of four', () => {
    expect(noticeCodeToPrinted('301000000000000144')).toBe('3010 0000 0000 0001 44')
  })
})

describe('the pagoPA QR code payload', () => {
  it('follows PAGOPA|002|<notice 18>|<creditor tax code 11>|<amount in cents>', () => {
    expect(noticeToQrPayload({ noticeCode: '301000000000000144', creditorFiscalCode: '00081490748', amountCents: 1250 }))
      .toBe('PAGOPA|002|301000000000000144|00081490748|1250')
  })

  it('refuses a bad notice number, tax code or amount', () => {
    expect(() => noticeToQrPayload({ noticeCode: '301000000000000145', creditorFiscalCode: '00081490748', amountCents: 1250 })).toThrow('codice avviso')
    expect(() => noticeToQrPayload({ noticeCode: '301000000000000144', creditorFiscalCode: '0008149074', amountCents: 1250 })).toThrow('11 cifre')
    expect(() => noticeToQrPayload({ noticeCode: '301000000000000144', creditorFiscalCode: '00081490748', amountCents: 12.5 })).toThrow('importo')
  })
})
