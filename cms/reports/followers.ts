import type { Payload } from 'payload'

import type { ReportFollower } from '../payload-types'
import type { Id } from './contract'
import { refusedFields } from './unique'

const local = { depth: 0, overrideAccess: true } as const

/** Who follows: the email, the citizen when logged in, whether it is the reporter, and when the email counts. */
export type NewFollower = { reportId: Id; officeId: Id; email: string; citizenId?: Id | null; reporter?: boolean; confirmedAt?: Date | null }

/** The follower row of a report and an email, or null. */
export async function followerOf(payload: Payload, reportId: Id, email: string): Promise<ReportFollower | null> {
  const found = await payload.find({ collection: 'report-followers', where: { and: [{ report: { equals: reportId } }, { email: { equals: email } }] }, limit: 1, ...local })
  return found.docs[0] ?? null
}

/**
 * The follower row of a report and an email, made if missing. The unique index (report, email)
 * decides between two at once: the loser reads the winner's row.
 */
export async function addFollower(payload: Payload, follower: NewFollower): Promise<{ row: ReportFollower; created: boolean }> {
  const existing = await followerOf(payload, follower.reportId, follower.email)
  if (existing) return { row: existing, created: false }
  try {
    const row = await payload.create({
      collection: 'report-followers',
      data: { report: follower.reportId as number, office: follower.officeId as number, email: follower.email, citizen: (follower.citizenId ?? null) as number | null, reporter: follower.reporter ?? false, confirmedAt: follower.confirmedAt?.toISOString() ?? null },
      ...local,
    })
    return { row, created: true }
  } catch (error) {
    const again = refusedFields(error) !== null ? await followerOf(payload, follower.reportId, follower.email) : null
    if (again) return { row: again, created: false }
    throw error
  }
}

/**
 * Marks a follower's email as confirmed (and ties it to a citizen, when known). True when this call
 * confirmed it: a conditional UPDATE … WHERE confirmedAt IS NULL, so of two clicks at once one wins.
 */
export async function confirmFollower(payload: Payload, row: ReportFollower, now: Date, citizenId?: Id | null): Promise<boolean> {
  const citizen = citizenId != null && row.citizen == null ? { citizen: citizenId as number } : {}
  if (row.confirmedAt) {
    if ('citizen' in citizen) await payload.update({ collection: 'report-followers', id: row.id, data: citizen, ...local })
    return false
  }
  const updated = await payload.db.updateOne({
    collection: 'report-followers',
    where: { and: [{ id: { equals: row.id } }, { confirmedAt: { exists: false } }] },
    data: { confirmedAt: now.toISOString(), ...citizen, updatedAt: new Date().toISOString() },
    options: { atomic: true },
  })
  return Boolean(updated)
}

/** Writes the number of confirmed followers on the report (the public page shows it). */
export async function recountFollowers(payload: Payload, reportId: Id): Promise<number> {
  const { totalDocs } = await payload.count({ collection: 'report-followers', where: { and: [{ report: { equals: reportId } }, { confirmedAt: { exists: true } }] }, overrideAccess: true })
  await payload.update({ collection: 'reports', id: reportId, data: { followersCount: totalDocs }, ...local })
  return totalDocs
}
