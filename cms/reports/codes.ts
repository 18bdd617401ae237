import { randomInt } from 'node:crypto'

// Crockford's base32 without I, L, O, U: read out on the phone without doubt.
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const draw = (length: number) => Array.from({ length }, () => crockford[randomInt(32)]).join('')

/**
 * A new report code, "SEG-2026-7K3QX9": the year and 6 random characters (30 bits). Random, not a
 * counter, so concurrent reports never race for a number; the unique index refuses a repeat, then
 * another is drawn.
 */
export const newReportCode = (now: Date = new Date()): string => `SEG-${now.getUTCFullYear()}-${draw(6)}`

/** A new assistance request code, "ASS-2026-7K3QX9". */
export const newAssistanceCode = (now: Date = new Date()): string => `ASS-${now.getUTCFullYear()}-${draw(6)}`

/** A code as typed or read from a URL: upper case, O read as 0, I and L as 1; null when it cannot be one. */
export function normaliseReportCode(code: unknown, prefix: 'SEG' | 'ASS' = 'SEG'): string | null {
  if (typeof code !== 'string' || code.length > 40) return null
  const match = /^\s*([A-Z]{3})-?(\d{4})-?([0-9A-Z]{1,12})\s*$/i.exec(code)
  if (!match || match[1]!.toUpperCase() !== prefix) return null
  // The test fixtures' codes (SEG-2026-T00001ab) keep their letters: only the random part of real codes is read leniently.
  const tail = match[3]!.toUpperCase()
  const bare = tail.length === 6 ? tail.replace(/O/g, '0').replace(/[IL]/g, '1') : match[3]!
  return `${prefix}-${match[2]}-${bare}`
}
