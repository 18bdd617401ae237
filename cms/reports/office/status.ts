import type { Report } from '../../payload-types'
import type { ReportChange } from '../contract'
import { labelOf, reportCloseReasons, reportStatuses, type ReportCloseReason, type ReportStatus } from '../vocabulary'
import { checkWorkable } from './assign'
import { ReportActionError, textOf } from './staff'
import { expectedVersion, recordTrail, writeReport, type ReportActionInput, type ReportActionResult, type TrailEntry } from './write'

/** Where a report may go from each status: forward, closed with a reason, or a solved one re-opened. */
const nextStatuses: Record<ReportStatus, ReportStatus[]> = {
  'da-confermare': [],
  ricevuta: ['in-lavorazione', 'risolta', 'chiusa'],
  'in-lavorazione': ['risolta', 'chiusa'],
  risolta: ['in-lavorazione', 'chiusa'],
  chiusa: [],
}

/** The status asked for, checked against where the report stands; null when the body asks for none. */
function statusOf(report: Report, value: unknown): ReportStatus | null {
  if (value == null || value === '' || value === report.status) return null
  const status = reportStatuses.find((s) => s.value === value)?.value
  if (!status || status === 'da-confermare') throw new ReportActionError('Stato non valido: scegli tra Ricevuta, In lavorazione, Risolta e Chiusa.')
  if (!nextStatuses[report.status].includes(status)) throw new ReportActionError(`Da «${labelOf(reportStatuses, report.status)}» non si passa a «${labelOf(reportStatuses, status)}».`, 409)
  return status
}

/** The reason of a closing: required, from the list; "duplicata" only by merging. */
function closeReasonOf(value: unknown): ReportCloseReason {
  const reason = reportCloseReasons.find((r) => r.value === value)?.value
  if (!reason) throw new ReportActionError('Scegli il motivo della chiusura.')
  if (reason === 'duplicata') throw new ReportActionError('Per chiudere una segnalazione duplicata usa «Unisci a un’altra segnalazione»: chi la segue passa a quella che resta.')
  return reason
}

/**
 * "Aggiorna": a new status (closing needs a reason), a public answer, an internal note — any of
 * them, at least one. Status and answer are public and told to the followers; the note is not.
 */
export async function updateReport(input: ReportActionInput): Promise<ReportActionResult> {
  const { report, body, now } = input
  expectedVersion(report, body)
  checkWorkable(input, 'aggiorna')
  const status = statusOf(report, body.status)
  const closeReason = status === 'chiusa' ? closeReasonOf(body.closeReason) : null
  const answer = textOf(body.publicAnswer, 'La risposta pubblica', 2000)
  const note = textOf(body.note, 'La nota interna', 2000)
  if (!status && !answer && !note) throw new ReportActionError('Indica un nuovo stato, una risposta pubblica o una nota interna.')
  const data: Partial<Report> = {}
  if (status) Object.assign(data, { status, closeReason, solvedAt: status === 'risolta' ? now.toISOString() : status === 'in-lavorazione' ? null : report.solvedAt, closedAt: status === 'chiusa' ? now.toISOString() : null })
  if (answer) data.publicAnswer = answer
  const doc = await writeReport(input, data)
  const entries: TrailEntry[] = []
  if (status) entries.push({ kind: 'stato', status, public: true, text: closeReason ? `Motivo: ${labelOf(reportCloseReasons, closeReason)}` : null })
  if (answer) entries.push({ kind: 'risposta', public: true, text: answer })
  if (note) entries.push({ kind: 'nota', text: note })
  await recordTrail(input, doc, entries)
  const changes: ReportChange[] = status ? [{ kind: 'status', status, publicAnswer: answer || null, closeReason }] : answer ? [{ kind: 'answer', publicAnswer: answer }] : []
  return { report: doc, changes }
}
