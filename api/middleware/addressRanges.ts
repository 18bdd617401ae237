import ipaddr from 'ipaddr.js'

/** An IP address, or a CIDR range such as 10.0.0.0/8 or 2001:db8::/32 (the form a setting lists senders in). */
export function isAddressOrRange(value: string): boolean {
  const [base = '', bits, ...rest] = value.split('/')
  // Four decimal parts only: ipaddr.js would also read "10.1" or "0x0a000001" as addresses.
  if (rest.length || !(ipaddr.IPv4.isValidFourPartDecimal(base) || ipaddr.IPv6.isValid(base))) return false
  return bits === undefined || ipaddr.isValidCIDR(value)
}

/**
 * Whether an address (IPv4, IPv6 or IPv4-mapped IPv6) lies in one of the ranges, given as single
 * addresses or CIDR blocks ("192.0.2.10", "198.51.100.0/24", "2001:db8::/32"). Anything unparsable is outside.
 */
export function addressInRanges(address: string, ranges: string[]): boolean {
  if (!ipaddr.isValid(address)) return false
  const ip = ipaddr.process(address)
  return ranges.some((range) => {
    try {
      const [base, bits] = range.includes('/') ? ipaddr.parseCIDR(range) : [ipaddr.process(range), null]
      const candidate = ip.kind() === base.kind() ? ip : null
      if (!candidate) return false
      return bits === null ? candidate.toNormalizedString() === base.toNormalizedString() : candidate.match(base, bits)
    } catch {
      return false
    }
  })
}
