import type { Payload } from 'payload'

import type { Report, ReportFollower } from '../payload-types'
import { relationId } from '../relationId'
import { reporterOf } from './checks'
import { normaliseReportCode } from './codes'
import type { Id, Reporter } from './contract'
import { addFollower, confirmFollower, recountFollowers } from './followers'
import { reportLink, verifyReportLink } from './links'
import { reportRefOf, tellReader } from './notify'
import { ReportRefused } from './refusal'
import { publicReportStatuses } from './vocabulary'

const local = { depth: 0, overrideAccess: true } as const
const resendAfterMs = 10 * 60_000

/** The public report a citizen may follow by its code — the surviving one when it was merged — or refused 'not-found'. */
async function followable(payload: Payload, code: string): Promise<Report> {
  const normalised = normaliseReportCode(code)
  const found = normalised ? await payload.find({ collection: 'reports', where: { and: [{ code: { equals: normalised } }, { status: { in: [...publicReportStatuses] } }] }, limit: 1, ...local }) : null
  let report = found?.docs[0] ?? null
  for (let hops = 0; report?.mergedInto != null && hops < 5; hops++) {
    report = await payload.findByID({ collection: 'reports', id: relationId(report.mergedInto), ...local, disableErrors: true })
  }
  if (!report || report.status === 'da-confermare') throw new ReportRefused('not-found', 'La segnalazione non esiste o non è ancora pubblicata.')
  return report
}

/** Confirms a follower, writes "seguita" in the trail and the report's count, once. */
async function startFollowing(payload: Payload, report: Pick<Report, 'id' | 'office'>, row: ReportFollower, now: Date, { citizenId = null, fresh = false }: { citizenId?: Id | null; fresh?: boolean } = {}): Promise<void> {
  const confirmedNow = await confirmFollower(payload, row, now, citizenId)
  if (!confirmedNow && !fresh) return
  await payload.create({ collection: 'report-events', data: { report: report.id, office: relationId(report.office), kind: 'seguita', public: false, actorLabel: 'Cittadino' }, ...local })
  await recountFollowers(payload, report.id)
}

/**
 * Follows a public report. A logged-in citizen follows at once (pendingEmail false); a guest gets an
 * email with the link that confirms it (pendingEmail true) — unless that email already follows.
 * Refused 'not-found' for an unknown or unpublished code, 'invalid' for a bad name or email.
 * The caller limits how often one client may ask (each guest request sends an email).
 */
export async function followReport(payload: Payload, code: string, reporter: Reporter, now: Date = new Date()): Promise<{ pendingEmail: boolean }> {
  const report = await followable(payload, code)
  const who = await reporterOf(payload, reporter)
  const citizen = who.citizenId != null
  const { row, created } = await addFollower(payload, { reportId: report.id, officeId: relationId(report.office), email: who.email, citizenId: who.citizenId, confirmedAt: citizen ? now : null })
  if (citizen || row.confirmedAt) {
    if (citizen) await startFollowing(payload, report, row, now, { citizenId: who.citizenId, fresh: created })
    return { pendingEmail: false }
  }
  // One confirmation email per address and report every 10 minutes, however often "Segui" is pressed.
  if (!created && Date.now() - new Date(row.updatedAt).getTime() < resendAfterMs) return { pendingEmail: true }
  if (!created) await payload.update({ collection: 'report-followers', id: row.id, data: { email: row.email }, ...local })
  const ref = await reportRefOf(payload, report)
  await tellReader(payload, { email: who.email, givenName: who.givenName }, { kind: 'report-follow-check', data: { ...ref, confirmUrl: reportLink(payload, row.id, 'segui', now) } }, report.id)
  return { pendingEmail: true }
}

/** The follower row and its report a link names, or null. */
async function followerByLink(payload: Payload, token: string, purpose: 'segui' | 'non-seguire', now: Date): Promise<{ row: ReportFollower; report: Report } | null> {
  const id = verifyReportLink(payload, token, purpose, now)
  const row = id == null ? null : await payload.findByID({ collection: 'report-followers', id, ...local, disableErrors: true })
  const report = row ? await payload.findByID({ collection: 'reports', id: relationId(row.report), ...local, disableErrors: true }) : null
  return row && report ? { row, report } : null
}

/** Confirms a guest's "Segui" from the email link; opening it again changes nothing. Null for a bad, expired or stale link. */
export async function confirmFollow(payload: Payload, token: string, now: Date = new Date()): Promise<{ code: string } | null> {
  const found = await followerByLink(payload, token, 'segui', now)
  if (!found) return null
  await startFollowing(payload, found.report, found.row, now)
  return { code: found.report.code }
}

/** Stops the emails of a report for the follower the link names (reporter included): the row is deleted. Null when already gone or the link is bad. */
export async function unfollow(payload: Payload, token: string, now: Date = new Date()): Promise<{ code: string } | null> {
  const found = await followerByLink(payload, token, 'non-seguire', now)
  if (!found) return null
  await payload.delete({ collection: 'report-followers', id: found.row.id, ...local })
  await recountFollowers(payload, found.report.id)
  return { code: found.report.code }
}
