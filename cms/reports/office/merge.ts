import type { PayloadRequest, Where } from 'payload'

import type { Report } from '../../payload-types'
import { relationId } from '../../relationId'
import { checkWorkable } from './assign'
import { idOf, ReportActionError } from './staff'
import { expectedVersion, recordTrail, writeReport, type ReportActionInput, type ReportActionResult } from './write'

/** The surviving report, by code or id, as the acting staff member may read it; an Italian refusal otherwise. */
async function survivorOf({ req, user, report }: ReportActionInput, value: unknown): Promise<Report> {
  const code = typeof value === 'string' ? value.trim() : ''
  const id = idOf(value)
  if (!code && id == null) throw new ReportActionError('Indica il codice della segnalazione che resta (es. SEG-2026-000123).')
  // Codes are upper case; a clerk may type them in lower case.
  const where: Where = id != null ? { id: { equals: id } } : { code: { in: [code, code.toUpperCase()] } }
  const { docs } = await req.payload.find({ collection: 'reports', where, limit: 1, depth: 0, overrideAccess: false, user, req })
  const survivor = docs[0]
  if (!survivor) throw new ReportActionError('Segnalazione da tenere non trovata tra quelle dei tuoi uffici.', 404)
  if (survivor.id === report.id) throw new ReportActionError('Una segnalazione non si unisce a se stessa: indica quella che resta.')
  if (survivor.status === 'da-confermare' || survivor.mergedInto) throw new ReportActionError(`La segnalazione ${survivor.code} non può accoglierne altre: ${survivor.mergedInto ? 'è a sua volta unita a un’altra' : 'non è ancora confermata'}.`, 409)
  return survivor
}

/**
 * "Unisci a…": the report is a duplicate of `into`. Both trails say it; the duplicate is closed
 * (chiusa, duplicata, mergedInto) and its followers are told, then moved to the survivor by
 * {@link moveFollowers} once they have been told (the caller runs it after the notification).
 */
export async function mergeReport(input: ReportActionInput): Promise<ReportActionResult & { survivor: Report }> {
  const { report, body, now } = input
  const survivor = await survivorOf(input, body.into)
  // A merge whose followers' move was cut short is finished by asking again.
  if (String(relationId(report.mergedInto)) === String(survivor.id)) return { report, survivor, changes: [] }
  expectedVersion(report, body)
  checkWorkable(input, 'unisce')
  const doc = await writeReport(input, { status: 'chiusa', closeReason: 'duplicata', mergedInto: survivor.id, closedAt: now.toISOString(), assignee: null })
  await recordTrail(input, doc, [{ kind: 'unita', status: 'chiusa', public: true, otherReport: survivor.id, text: `Unita alla segnalazione ${survivor.code}` }])
  await recordTrail(input, survivor, [{ kind: 'unita', otherReport: doc.id, text: `Le è stata unita la segnalazione ${doc.code}` }])
  return { report: doc, survivor, changes: [{ kind: 'merged', into: survivor.code }] }
}

/**
 * The duplicate's followers follow the survivor instead: one row per email (one already there
 * stays, confirmed if either was), the reporter mark left behind; both counts then say how many
 * confirmed followers each has.
 */
export async function moveFollowers(req: PayloadRequest, duplicate: Report, survivor: Report): Promise<void> {
  const followersOf = async (report: Report) =>
    (await req.payload.find({ collection: 'report-followers', where: { report: { equals: report.id } }, depth: 0, pagination: false, overrideAccess: true, req })).docs
  const kept = new Map((await followersOf(survivor)).map((f) => [f.email.toLowerCase(), f]))
  for (const follower of await followersOf(duplicate)) {
    const twin = kept.get(follower.email.toLowerCase())
    if (!twin) {
      await req.payload.update({ collection: 'report-followers', id: follower.id, data: { report: survivor.id, office: relationId(survivor.office)!, reporter: false }, depth: 0, overrideAccess: true, req })
      continue
    }
    if (!twin.confirmedAt && follower.confirmedAt) await req.payload.update({ collection: 'report-followers', id: twin.id, data: { confirmedAt: follower.confirmedAt }, depth: 0, overrideAccess: true, req })
    await req.payload.delete({ collection: 'report-followers', id: follower.id, depth: 0, overrideAccess: true, req })
  }
  for (const report of [duplicate, survivor]) await recountFollowers(req, report.id)
}

/** followersCount = the confirmed followers; the version moves too, since the public page shows the count. */
async function recountFollowers(req: PayloadRequest, id: number) {
  const { totalDocs } = await req.payload.count({ collection: 'report-followers', where: { and: [{ report: { equals: id } }, { confirmedAt: { exists: true } }] }, overrideAccess: true, req })
  const fresh = await req.payload.findByID({ collection: 'reports', id, depth: 0, overrideAccess: true, req })
  if (fresh.followersCount === totalDocs) return
  await req.payload.update({ collection: 'reports', id, data: { followersCount: totalDocs, version: fresh.version + 1 }, depth: 0, overrideAccess: true, req })
}
