import { randomInt } from 'node:crypto'

// Crockford's base32 without I, L, O, U: read out on the phone or typed from the paper without doubt.
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const prefix = 'BR-C-'

/** A new certificate code: 'BR-C-' and three groups of four random characters (60 bits); the unique index refuses a repeat. */
export function newCertificateCode(): string {
  const group = () => Array.from({ length: 4 }, () => crockford[randomInt(32)]).join('')
  return `${prefix}${group()}-${group()}-${group()}`
}

/**
 * A code as a person types it (lower case, spaces, O for 0, I or L for 1, with or without the
 * prefix and dashes) in its printed form, or null when it cannot be a certificate code.
 */
export function normaliseCertificateCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '')
  const bare = (compact.length === 15 && compact.startsWith('BRC') ? compact.slice(3) : compact).replace(/O/g, '0').replace(/[IL]/g, '1')
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(bare)) return null
  return `${prefix}${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8)}`
}
