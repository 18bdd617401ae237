import type { Payload } from 'payload'

import type { Report } from '../payload-types'
import { activeCategory, reporterOf, requestKeyOf, requiredText, type ReporterRow } from './checks'
import { newReportCode } from './codes'
import type { Id, NewReport } from './contract'
import { addFollower } from './followers'
import { reportLink } from './links'
import { reportRefOf, tellReader, warnReport } from './notify'
import { reportPhotoFiles } from './photoFiles'
import { preparePhotos, type PreparedPhoto } from './photos'
import { resolvePlace } from './place'
import { deleteReport, purgeUnconfirmedReports } from './purge'
import { invalid } from './refusal'
import { isCodeRepeat, isRequestKeyRepeat, refusedFields } from './unique'

/*
 * How a report is written. Checks first (nothing stored on a refusal), then the photos' files, then
 * the report row — whose unique requestKey makes a doubled or retried "Invia" one report, even
 * when both arrive at once — then its photos, the reporter as its first follower, the trail. A
 * failure after the row exists removes what was written (SQLite gives Payload no transaction).
 */

const local = { depth: 0, overrideAccess: true } as const
const dayMs = 86_400_000

/** What the caller tells the citizen: the code, and whether an email link must confirm it first. */
export type CreatedReport = { id: Id; code: string; pendingEmail: boolean }

const outcome = (report: Pick<Report, 'id' | 'code' | 'status'>): CreatedReport => ({ id: report.id, code: report.code, pendingEmail: report.status === 'da-confermare' })

async function byRequestKey(payload: Payload, requestKey: string): Promise<Report | null> {
  const found = await payload.find({ collection: 'reports', where: { requestKey: { equals: requestKey } }, limit: 1, ...local })
  return found.docs[0] ?? null
}

/** The report's row, a new code drawn while one is taken; the row of the same requestKey when another call won. */
async function insertReport(payload: Payload, data: Omit<Report, 'id' | 'code' | 'createdAt' | 'updatedAt'>, now: Date): Promise<{ report: Report; created: boolean }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { report: await payload.create({ collection: 'reports', data: { ...data, code: newReportCode(now) }, ...local }), created: true }
    } catch (error) {
      if (isRequestKeyRepeat(error)) {
        const winner = await byRequestKey(payload, data.requestKey!)
        if (winner) return { report: winner, created: false }
      }
      if (isCodeRepeat(error) && attempt < 5) continue
      if (refusedFields(error)) invalid('reporter', 'Controlla i dati della segnalazione: nome, email, oggetto e descrizione.')
      throw error
    }
  }
}

/** Writes the photos' rows, the reporter as follower and the trail's first event. */
async function completeReport(payload: Payload, report: Report, photos: (PreparedPhoto & { key: string })[], reporter: ReporterRow, now: Date): Promise<void> {
  const office = report.office as number
  for (const [i, photo] of photos.entries()) {
    await payload.create({ collection: 'report-photos', data: { report: report.id, office, position: i + 1, storedName: photo.key, width: photo.width, height: photo.height, bytes: photo.bytes.length, sha256: photo.sha256, moderation: 'in-attesa' }, ...local })
  }
  const confirmed = report.status !== 'da-confermare'
  await addFollower(payload, { reportId: report.id, officeId: office, email: reporter.email, citizenId: reporter.citizenId, reporter: true, confirmedAt: confirmed ? now : null })
  await payload.create({
    collection: 'report-events',
    data: { report: report.id, office, kind: 'inviata', status: confirmed ? 'ricevuta' : null, public: true, actorLabel: confirmed ? 'Cittadino (SPID/CIE)' : 'Cittadino (email da confermare)' },
    ...local,
  })
}

/** Removes a report whose writing failed half-way: the files saved for it and, once it has a row, the rows. */
async function undoReport(payload: Payload, reportId: Id | null, keys: string[]): Promise<void> {
  const files = reportPhotoFiles(payload)
  await Promise.all(keys.map((key) => files.remove(key).catch(() => undefined)))
  if (reportId != null) await deleteReport(payload, reportId).catch((error: unknown) => warnReport(payload, 'annullamento della segnalazione', reportId, error))
}

/**
 * Creates a report (Segnala un disservizio). A guest's waits as 'da-confermare' for the email link
 * (7 days) and is never public before; a logged-in citizen's is 'ricevuta' at once, with its target
 * date. The same requestKey returns the same report. Refused (ReportRefused, Italian message, field)
 * for bad input, an inactive category, a point outside the Comune, too many or too large photos.
 */
export async function createReport(payload: Payload, input: NewReport, now: Date = new Date()): Promise<CreatedReport> {
  const requestKey = requestKeyOf(input?.requestKey)
  const already = await byRequestKey(payload, requestKey)
  if (already) return outcome(already)
  const checked = await checkReport(payload, input)
  const { report, created } = await writeReport(payload, checked, { requestKey, channel: input.channel === 'open311' ? 'open311' : 'web' }, now)
  if (!created) return outcome(report)
  await welcome(payload, report, checked.reporter, now).catch((error: unknown) => warnReport(payload, 'prima email', report.id, error))
  // The real clock: rows are stamped with it, whatever `now` the caller gives.
  await purgeUnconfirmedReports(payload, new Date(), 5)
  return outcome(report)
}

/** Everything the citizen sent, checked, before anything is stored. */
async function checkReport(payload: Payload, input: NewReport) {
  const category = await activeCategory(payload, input.categorySlug)
  const title = requiredText(input.title, 120, 'title', 'l’oggetto')
  const description = requiredText(input.description, 2000, 'description', 'la descrizione')
  const reporter = await reporterOf(payload, input.reporter)
  const { photos, gps } = await preparePhotos(input.photos, input.usePhotoLocation === true)
  const place = await resolvePlace(payload, input.place, gps, input.usePhotoLocation === true)
  return { category, title, description, reporter, photos, place }
}

/** Stores a checked report: photo files, the row (or the winner's of the same requestKey), photos, follower, trail. */
async function writeReport(payload: Payload, checked: Awaited<ReturnType<typeof checkReport>>, { requestKey, channel }: Pick<Report, 'requestKey' | 'channel'>, now: Date): Promise<{ report: Report; created: boolean }> {
  const { category, title, description, reporter, photos, place } = checked
  const confirmed = reporter.citizenId != null
  const stored: (PreparedPhoto & { key: string })[] = []
  let written: Report | null = null
  try {
    for (const photo of photos) stored.push({ ...photo, key: await reportPhotoFiles(payload).save(photo.bytes, now) })
    const { report, created } = await insertReport(payload, {
      status: confirmed ? 'ricevuta' : 'da-confermare', category: category.id, office: category.office as number, title, description, publicText: description, moderation: 'in-attesa',
      ...place, confirmedAt: confirmed ? now.toISOString() : null, targetDate: confirmed ? new Date(now.getTime() + category.targetDays * dayMs).toISOString() : null,
      reporterName: reporter.name, reporterEmail: reporter.email, citizen: (reporter.citizenId ?? null) as number | null,
      channel, requestKey, version: 1, followersCount: confirmed ? 1 : 0,
    }, now)
    if (!created) {
      await undoReport(payload, null, stored.map((s) => s.key))
      return { report, created }
    }
    written = report
    await completeReport(payload, report, stored, reporter, now)
    return { report, created }
  } catch (error) {
    await undoReport(payload, written?.id ?? null, stored.map((s) => s.key))
    throw error
  }
}

/** The first email: the link that confirms a guest's report, or the citizen's "pubblicata" (also in their desk). */
async function welcome(payload: Payload, report: Report, reporter: ReporterRow, now: Date): Promise<void> {
  const ref = await reportRefOf(payload, report)
  const reader = { email: reporter.email, givenName: reporter.givenName }
  if (report.status === 'da-confermare') {
    return tellReader(payload, reader, { kind: 'report-email-check', data: { ...ref, confirmUrl: reportLink(payload, report.id, 'conferma', now) } }, report.id)
  }
  const follower = await payload.find({ collection: 'report-followers', where: { and: [{ report: { equals: report.id } }, { reporter: { equals: true } }] }, limit: 1, ...local })
  const unsubscribeUrl = reportLink(payload, follower.docs[0]!.id, 'non-seguire', now)
  await tellReader(payload, { ...reader, citizenId: reporter.citizenId }, { kind: 'report-published', data: { ...ref, unsubscribeUrl } }, report.id)
}
