import type { Payload } from 'payload'

import type { Report } from '../payload-types'
import { relationId } from '../relationId'
import { confirmFollower, followerOf, recountFollowers } from './followers'
import { reportLink, verifyReportLink } from './links'
import { reportRefOf, tellReader, warnReport } from './notify'

/*
 * A guest's report is published when its email link is opened (7 days). A report never confirmed
 * stays 'da-confermare': never shown anywhere public, never notified, and purged with its photos
 * by purgeUnconfirmedReports (cms/reports/purge.ts) once its link has expired.
 */

const local = { depth: 0, overrideAccess: true } as const
const dayMs = 86_400_000

/** Publishes the report the link names: 'ricevuta', its target date from now, the trail, the reporter's "pubblicata" email. */
async function publish(payload: Payload, report: Report, now: Date): Promise<boolean> {
  const category = await payload.findByID({ collection: 'report-categories', id: relationId(report.category), ...local })
  // One conditional UPDATE … WHERE id AND status 'da-confermare': of two clicks at once, one publishes, the other finds it done.
  const updated = await payload.db.updateOne({
    collection: 'reports',
    where: { and: [{ id: { equals: report.id } }, { status: { equals: 'da-confermare' } }] },
    data: { status: 'ricevuta', confirmedAt: now.toISOString(), targetDate: new Date(now.getTime() + category.targetDays * dayMs).toISOString(), version: (report.version ?? 1) + 1, updatedAt: new Date().toISOString() },
    options: { atomic: true },
  })
  if (!updated) return false
  await payload.create({ collection: 'report-events', data: { report: report.id, office: relationId(report.office), kind: 'email-confermata', status: 'ricevuta', public: true, actorLabel: 'Cittadino' }, ...local })
  const follower = await followerOf(payload, report.id, report.reporterEmail)
  if (follower) await confirmFollower(payload, follower, now)
  await recountFollowers(payload, report.id)
  if (follower) {
    const ref = await reportRefOf(payload, report)
    const givenName = report.reporterName.split(' ')[0] ?? ''
    await tellReader(payload, { email: report.reporterEmail, givenName }, { kind: 'report-published', data: { ...ref, unsubscribeUrl: reportLink(payload, follower.id, 'non-seguire', now) } }, report.id)
  }
  return true
}

/**
 * Confirms a guest's email from the link (`t`): the report becomes 'ricevuta' and public. Opening
 * the link again returns the same code. Null when the link is forged, altered or expired, or its
 * report no longer exists.
 */
export async function confirmReportEmail(payload: Payload, token: string, now: Date = new Date()): Promise<{ code: string } | null> {
  const id = verifyReportLink(payload, token, 'conferma', now)
  if (id == null) return null
  const report = await payload.findByID({ collection: 'reports', id, ...local, disableErrors: true })
  if (!report) return null
  if (report.status === 'da-confermare') {
    try {
      await publish(payload, report, now)
    } catch (error) {
      warnReport(payload, 'conferma dell’email', report.id, error)
      throw error
    }
  }
  return { code: report.code }
}
