import type { Payload, TypedUser, Where } from 'payload'

import { certificateTypes, type CertificateType } from '../certificates/vocabulary'
import { romeDayOf } from '../practices/deadline'

/** How many certificates of one type were issued and revoked in each month (oldest month first). */
export type TypeCounts = { type: CertificateType; label: string; issued: number[]; revoked: number[] }

/** The counts per type and month of the last 12 months (Rome time), as the staff member may see them. */
export type CertificateCounts = { months: string[]; types: TypeCounts[]; totals: { issued: number[]; revoked: number[] } }

/** 'YYYY-MM' of the month n months before the one given. */
export function monthBefore(month: string, n: number): string {
  const [year, m] = month.split('-').map(Number)
  const index = year * 12 + (m - 1) - n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** "dic 2026". */
export const monthToItalian = (month: string): string =>
  new Intl.DateTimeFormat('it-IT', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`))

/**
 * Counts per type and month of the last 12 months, this one included: issued by `issuedAt`, revoked
 * by `revokedAt` (a certificate issued in March and revoked in May counts in both). Read with the
 * staff member's access: an operator counts the certificates of their offices only.
 */
export async function countCertificates(payload: Payload, user: TypedUser, now = new Date()): Promise<CertificateCounts> {
  const current = romeDayOf(now).slice(0, 7)
  const months = Array.from({ length: 12 }, (_, i) => monthBefore(current, 11 - i))
  // From the day before the first month (UTC), so no Rome-midnight certificate is missed; months are then told in Rome time.
  const since = new Date(Date.parse(`${months[0]}-01T00:00:00Z`) - 86_400_000).toISOString()
  const where: Where = { or: [{ issuedAt: { greater_than_equal: since } }, { revokedAt: { greater_than_equal: since } }] }
  const { docs } = await payload.find({
    collection: 'certificates', where, overrideAccess: false, user, pagination: false, depth: 0, select: { type: true, issuedAt: true, revokedAt: true },
  })
  const zeros = () => months.map(() => 0)
  const byType = new Map<string, TypeCounts>(certificateTypes.map((t) => [t.value, { type: t.value, label: t.label, issued: zeros(), revoked: zeros() }]))
  const totals = { issued: zeros(), revoked: zeros() }
  const add = (list: 'issued' | 'revoked', type: string, at: string | null | undefined) => {
    const index = at ? months.indexOf(romeDayOf(at).slice(0, 7)) : -1
    const counts = byType.get(type)
    if (index < 0 || !counts) return
    counts[list][index] += 1
    totals[list][index] += 1
  }
  for (const doc of docs) {
    add('issued', doc.type, doc.issuedAt)
    add('revoked', doc.type, doc.revokedAt)
  }
  return { months, types: [...byType.values()], totals }
}
