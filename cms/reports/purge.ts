import type { Payload } from 'payload'

import type { Id } from './contract'
import { warnReport } from './notify'
import { reportPhotoFiles } from './photoFiles'

const local = { depth: 0, overrideAccess: true } as const

/** How long a guest's unconfirmed report is kept: its link's 7 days and one more, then it is deleted. */
export const unconfirmedKeptDays = 8

/** Deletes a report with everything of it: photo files and rows, followers, trail. */
export async function deleteReport(payload: Payload, reportId: Id): Promise<void> {
  const photos = await payload.find({ collection: 'report-photos', where: { report: { equals: reportId } }, pagination: false, ...local, select: { storedName: true } })
  const files = reportPhotoFiles(payload)
  await Promise.all(photos.docs.map((photo) => files.remove(photo.storedName)))
  for (const collection of ['report-photos', 'report-followers', 'report-events'] as const) {
    await payload.delete({ collection, where: { report: { equals: reportId } }, ...local })
  }
  // By `where`, not by id: Payload's deleteByID reads the deleted row back and fails (TypeError) when another purge
  // deleted it in between, while gone is what both wanted. The bulk delete reports failures instead of throwing them.
  const { errors } = await payload.delete({ collection: 'reports', where: { id: { equals: reportId } }, ...local })
  if (errors.length) throw new Error(`Segnalazione ${reportId} non eliminata: ${errors[0]!.message}`)
}

/**
 * Deletes guests' reports whose email was never confirmed (older than {@link unconfirmedKeptDays}):
 * they were never public, and their name, email and photos are not kept without a reason. Run by
 * createReport after each new report (a few at a time, by the real clock: rows' createdAt is stamped
 * with it), so no scheduler is needed. Never throws.
 */
export async function purgeUnconfirmedReports(payload: Payload, now: Date = new Date(), limit = 20): Promise<number> {
  try {
    const before = new Date(now.getTime() - unconfirmedKeptDays * 86_400_000).toISOString()
    const found = await payload.find({ collection: 'reports', where: { and: [{ status: { equals: 'da-confermare' } }, { createdAt: { less_than: before } }] }, limit, ...local, select: { code: true } })
    // Another createReport (or process) may be purging the same ones: deleteReport takes gone as done.
    for (const { id } of found.docs) await deleteReport(payload, id)
    return found.docs.length
  } catch (error) {
    warnReport(payload, 'eliminazione delle segnalazioni non confermate', null, error)
    return 0
  }
}
