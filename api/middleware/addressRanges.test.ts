import { describe, expect, it } from 'vitest'

import { addressInRanges, isAddressOrRange } from './addressRanges'

describe('sender address ranges', () => {
  it('matches single addresses and CIDR blocks of either family, IPv4-mapped IPv6 included', () => {
    const ranges = ['203.0.113.0/24', '2001:db8::/32', '198.51.100.7']
    expect(addressInRanges('203.0.113.200', ranges)).toBe(true)
    expect(addressInRanges('::ffff:203.0.113.5', ranges)).toBe(true)
    expect(addressInRanges('2001:db8:1::9', ranges)).toBe(true)
    expect(addressInRanges('198.51.100.7', ranges)).toBe(true)
  })

  it('keeps out every other address, and anything that is not an address', () => {
    const ranges = ['203.0.113.0/24', '198.51.100.7']
    for (const address of ['203.0.114.1', '198.51.100.8', '2001:db9::1', 'unknown', '', '203.0.113.1, 6.6.6.6']) {
      expect(addressInRanges(address, ranges), address).toBe(false)
    }
  })

  it('accepts as a setting only full addresses and valid CIDR blocks', () => {
    expect(['10.0.0.0/8', '192.0.2.10', '2001:db8::/32', '::1'].every(isAddressOrRange)).toBe(true)
    expect(['10.1', '0x0a000001', '10.0.0.0/33', '10.0.0.0/8/1', 'rete-interna', ''].some(isAddressOrRange)).toBe(false)
  })
})
