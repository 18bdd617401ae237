import { relationId } from '../../relationId'
import { canTakeReport, idOf, ReportActionError, staffName } from './staff'
import { expectedVersion, recordTrail, writeReport, type ReportActionInput, type ReportActionResult } from './write'

/** Refused for a report that is over, or not yet public: nobody works on it. */
export function checkWorkable({ report }: Pick<ReportActionInput, 'report'>, what: string) {
  if (report.status === 'da-confermare') throw new ReportActionError(`La segnalazione aspetta ancora la conferma dell’email di chi l’ha inviata: non si ${what}.`, 409)
  if (report.status === 'chiusa') throw new ReportActionError(`La segnalazione è chiusa: non si ${what} più.`, 409)
}

/**
 * "Assegna": to an operator of the report's office (or an admin), or to oneself with `assignee: "me"`.
 * Internal: the trail says it, the followers are not told.
 */
export async function assignReport(input: ReportActionInput): Promise<ReportActionResult> {
  const { req, report, body, user } = input
  expectedVersion(report, body)
  checkWorkable(input, 'assegna')
  const wanted = body.assignee === 'me' ? user.id : idOf(body.assignee)
  if (wanted == null) throw new ReportActionError('Scegli l’operatore a cui assegnare la segnalazione (o «a me»).')
  const assignee = await req.payload.findByID({ collection: 'users', id: wanted, depth: 0, disableErrors: true, req })
  const office = relationId(report.office)!
  if (!assignee || !canTakeReport(assignee, office)) throw new ReportActionError('La segnalazione può essere assegnata solo a un operatore dell’ufficio competente o a un amministratore.')
  if (String(relationId(report.assignee) ?? '') === String(assignee.id)) return { report, changes: [] }
  const doc = await writeReport(input, { assignee: assignee.id })
  await recordTrail(input, doc, [{ kind: 'assegnata', text: `Assegnata a ${staffName(assignee)}` }])
  return { report: doc, changes: [] }
}
