import type { PayloadRequest } from 'payload'

import type { AssistanceRequest } from '../../payload-types'
import { relationId } from '../../relationId'
import { tellReader } from '../notify'
import { assistanceStatuses, assistanceTopics, labelOf, type AssistanceStatus } from '../vocabulary'
import { actingStaff, idOf, ReportActionError, textOf } from './staff'

/** The request as the acting staff member may read it (the URP's operators, admins), or 404. */
async function requestForStaff(req: PayloadRequest, id: string) {
  const user = actingStaff(req)
  const rowId = idOf(id)
  const request = rowId == null ? null : await req.payload.findByID({ collection: 'assistance-requests', id: rowId, depth: 0, overrideAccess: false, user, disableErrors: true, req })
  if (!request) throw new ReportActionError('Richiesta di assistenza non trovata.', 404)
  return { user, request }
}

/** Writes the change only if the request is still in the status read: two clerks never both answer. */
async function guardedUpdate(req: PayloadRequest, request: AssistanceRequest, data: Partial<AssistanceRequest>) {
  const { docs } = await req.payload.update({
    collection: 'assistance-requests', where: { and: [{ id: { equals: request.id } }, { status: { equals: request.status } }] }, data, depth: 0, overrideAccess: true, req,
  })
  if (!docs[0]) throw new ReportActionError('Un altro operatore ha appena cambiato questa richiesta: ricarica la pagina.', 409)
  return docs[0]
}

/**
 * "Rispondi": the URP's answer, kept on the request, which becomes "Risposta inviata", then sent by
 * email (template 'assistance-replied') and, for a logged-in citizen, to the desk's "Messaggi". One
 * answer per request; a mail server that is down never undoes it (tellReader logs, never throws).
 */
export async function replyToAssistance(req: PayloadRequest, id: string, body: Record<string, unknown>, now = new Date()): Promise<AssistanceRequest> {
  const { user, request } = await requestForStaff(req, id)
  const reply = textOf(body.reply, 'La risposta', 4000)
  if (reply.length < 5) throw new ReportActionError('Scrivi la risposta (almeno 5 caratteri): la riceve il cittadino per email.')
  if (request.reply) throw new ReportActionError('A questa richiesta è già stata inviata una risposta.', 409)
  if (request.status === 'chiusa') throw new ReportActionError('La richiesta è chiusa: riaprila prima di rispondere.', 409)
  const doc = await guardedUpdate(req, request, { reply, repliedAt: now.toISOString(), repliedBy: user.id, status: 'risposta' })
  const data = { code: doc.code, topic: labelOf(assistanceTopics, doc.topic), message: doc.message, reply }
  await tellReader(req.payload, { email: doc.email, givenName: doc.name, citizenId: relationId(doc.citizen ?? null) }, { kind: 'assistance-replied', data }, doc.id)
  return doc
}

/** Where a request may go by hand: being worked on, closed, re-opened ("risposta" only by answering). */
const nextStatuses: Record<AssistanceStatus, AssistanceStatus[]> = { nuova: ['in-lavorazione', 'chiusa'], 'in-lavorazione': ['chiusa'], risposta: ['chiusa'], chiusa: ['in-lavorazione'] }

/** "Cambia stato" of an assistance request. */
export async function setAssistanceStatus(req: PayloadRequest, id: string, body: Record<string, unknown>): Promise<AssistanceRequest> {
  const { request } = await requestForStaff(req, id)
  const status = assistanceStatuses.find((s) => s.value === body.status)?.value
  if (!status) throw new ReportActionError('Stato non valido: scegli tra In lavorazione e Chiusa.')
  if (status === request.status) return request
  if (!nextStatuses[request.status].includes(status)) throw new ReportActionError(`Da «${labelOf(assistanceStatuses, request.status)}» non si passa a «${labelOf(assistanceStatuses, status)}».`, 409)
  return guardedUpdate(req, request, { status })
}
