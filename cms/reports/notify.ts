import type { Payload } from 'payload'

import { dispatchNotification } from '../notifications/dispatch'
import type { Notification, ReportNotificationKind, ReportRef } from '../notifications/notification'
import type { Report, ReportCategory } from '../payload-types'
import { relationId } from '../relationId'
import type { Id, ReportChange } from './contract'
import { reportLink, reportPageUrl } from './links'

/** One reader of a report's news: where the email goes, the name to greet, and their desk when they are a citizen. */
export type ReportReader = { email: string | null; givenName?: string; citizenId?: Id | null }

/** Logs what went wrong without anything personal: the step, the row's id, the error's code or class. */
export function warnReport(payload: Payload, step: string, id: Id | null, error: unknown): void {
  const err = error as NodeJS.ErrnoException & { responseCode?: number }
  payload.logger.warn({ msg: `Segnalazioni: ${step} non riuscito`, id, code: err?.code ?? err?.responseCode ?? err?.name ?? 'errore' })
}

/**
 * Tells one reader through the one dispatcher: a citizen (`citizenId`) gets the desk message and the
 * channels they chose, the email at the reader's address; anyone else the email alone. The queue
 * sends and retries. Never throws: what it tells of already stands; a failure is logged without personal data.
 */
export async function tellReader(payload: Payload, reader: ReportReader, notification: Notification<ReportNotificationKind>, logId: Id | null = null): Promise<void> {
  try {
    const citizen = reader.citizenId != null ? await payload.findByID({ collection: 'citizens', id: reader.citizenId, depth: 0, overrideAccess: true, disableErrors: true }) : null
    const to = citizen ? { citizen, email: reader.email } : { recipient: { givenName: reader.givenName ?? '', familyName: '', email: reader.email } }
    await dispatchNotification(payload, { notification, to })
  } catch (error) {
    warnReport(payload, 'avviso', logId, error)
  }
}

/** How a report's letters name it: code, subject, category's name, public page. */
export async function reportRefOf(payload: Payload, report: Pick<Report, 'code' | 'title' | 'category'>): Promise<ReportRef> {
  const category = typeof report.category === 'object' ? report.category : ((await payload.findByID({ collection: 'report-categories', id: report.category, depth: 0, overrideAccess: true, disableErrors: true })) as ReportCategory | null)
  return { code: report.code, title: report.title, category: category?.name ?? '', pageUrl: reportPageUrl(payload, report.code) }
}

/**
 * Tells every confirmed follower of a report what the office changed: an email with the report's
 * page and the link to stop following, and the same message in the desk of followers who are
 * logged-in citizens. Call after the change is saved. Never throws into the caller.
 */
export async function notifyReportChange(payload: Payload, reportId: Id, change: ReportChange, now: Date = new Date()): Promise<void> {
  try {
    const report = await payload.findByID({ collection: 'reports', id: reportId, depth: 0, overrideAccess: true, disableErrors: true })
    if (!report) return
    const ref = await reportRefOf(payload, report)
    const followers = await payload.find({ collection: 'report-followers', where: { and: [{ report: { equals: reportId } }, { confirmedAt: { exists: true } }] }, pagination: false, depth: 0, overrideAccess: true })
    for (const follower of followers.docs) {
      const unsubscribeUrl = reportLink(payload, follower.id, 'non-seguire', now)
      const citizenId = follower.citizen != null ? relationId(follower.citizen) : null
      await tellReader(payload, { email: follower.email, citizenId }, { kind: 'report-changed', data: { ...ref, change, unsubscribeUrl } }, reportId)
    }
  } catch (error) {
    warnReport(payload, 'avviso a chi segue', reportId, error)
  }
}
