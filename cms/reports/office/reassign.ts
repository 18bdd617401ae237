import type { PayloadRequest } from 'payload'

import type { Report } from '../../payload-types'
import { relationId } from '../../relationId'
import { checkWorkable } from './assign'
import { idOf, ReportActionError, textOf } from './staff'
import { expectedVersion, recordTrail, writeReport, type ReportActionInput, type ReportActionResult } from './write'

/** The report's photos and followers carry its office (their read access): they go along with it. */
export async function moveBelongings(req: PayloadRequest, report: Report, office: number) {
  for (const collection of ['report-photos', 'report-followers'] as const) {
    await req.payload.update({ collection, where: { report: { equals: report.id } }, data: { office }, depth: 0, overrideAccess: true, req })
  }
}

/**
 * "Passa a un altro ufficio": the report leaves this office's queue for another's, unassigned, with
 * an internal note of why. The office is public: followers are told.
 */
export async function reassignReport(input: ReportActionInput): Promise<ReportActionResult> {
  const { req, report, body } = input
  expectedVersion(report, body)
  checkWorkable(input, 'passa ad altro ufficio')
  const officeId = idOf(body.office)
  const office = officeId == null ? null : await req.payload.findByID({ collection: 'offices', id: officeId, depth: 0, disableErrors: true, req })
  if (!office) throw new ReportActionError('Scegli l’ufficio a cui passare la segnalazione.')
  if (String(office.id) === String(relationId(report.office))) throw new ReportActionError('La segnalazione è già di questo ufficio: scegline un altro.')
  const note = textOf(body.note, 'La nota interna', 2000)
  const doc = await writeReport(input, { office: office.id, assignee: null })
  await moveBelongings(req, doc, office.id)
  // The entry belongs to the new office, so its staff read why the report came to them.
  await recordTrail(input, doc, [{ kind: 'riassegnata', otherOffice: relationId(report.office), text: note || null }])
  return { report: doc, changes: [{ kind: 'reassigned', office: office.title }] }
}
