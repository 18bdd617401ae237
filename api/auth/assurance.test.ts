import { describe, expect, it } from 'vitest'

import { acceptedAcr, AssuranceError, idTokenToLoginMethod } from './assurance'

const spid = (n: number) => `https://www.spid.gov.it/SpidL${n}`

describe('idTokenToLoginMethod', () => {
  it('accepts SPID and CIE at level 2 or 3 and returns the method the token names', () => {
    expect(idTokenToLoginMethod({ acr: spid(2), amr: ['spid'] })).toBe('spid')
    expect(idTokenToLoginMethod({ acr: spid(3), amr: ['spid', 'otp'] })).toBe('spid')
    expect(idTokenToLoginMethod({ acr: spid(2), amr: ['cie'] })).toBe('cie')
    expect(idTokenToLoginMethod({ acr: spid(3), amr: ['cie'] })).toBe('cie')
  })

  it('refuses level 1, an unknown level and a missing acr', () => {
    for (const acr of [spid(1), 'https://www.spid.gov.it/SpidL4', 'urn:qualsiasi', '', undefined, 2, [spid(2)]]) {
      expect(() => idTokenToLoginMethod({ acr, amr: ['spid'] }), String(acr)).toThrow(AssuranceError)
      expect(() => idTokenToLoginMethod({ acr, amr: ['cie'] }), String(acr)).toThrow(AssuranceError)
    }
  })

  it('refuses a token that names no method, an unknown one, or both', () => {
    for (const amr of [undefined, [], ['pwd'], 'spid', ['spid', 'cie'], [{ spid: true }]]) {
      expect(() => idTokenToLoginMethod({ acr: spid(2), amr }), JSON.stringify(amr)).toThrow(AssuranceError)
    }
  })

  it('lists the same levels for SPID and CIE, as CIE id reports them with the SPID URIs', () => {
    expect(acceptedAcr.cie).toEqual(acceptedAcr.spid)
    expect(acceptedAcr.spid).toEqual([spid(2), spid(3)])
  })
})
