import type { Payload } from 'payload'

import type { AssistanceRequest, Service } from '../payload-types'
import { emailOf, requestKeyOf, requiredText, textOf } from './checks'
import { newAssistanceCode } from './codes'
import type { AssistanceView, Id, NewAssistanceRequest } from './contract'
import { tellReader, warnReport } from './notify'
import { invalid } from './refusal'
import { isCodeRepeat, isRequestKeyRepeat } from './unique'
import { assistanceTopics, labelOf, type AssistanceTopic } from './vocabulary'

const local = { depth: 0, overrideAccess: true } as const

/** The office whose queue "Richiedi assistenza" fills: the URP, by its slug. */
export const assistanceOfficeSlug = 'urp'

async function byRequestKey(payload: Payload, requestKey: string): Promise<AssistanceRequest | null> {
  return (await payload.find({ collection: 'assistance-requests', where: { requestKey: { equals: requestKey } }, limit: 1, ...local })).docs[0] ?? null
}

/** The checked request: name, email, topic, message, the published service it is about and the logged-in citizen, if any. */
async function checked(payload: Payload, input: NewAssistanceRequest) {
  const name = textOf(input.name, 200) ?? invalid('name', 'Indica nome e cognome.')
  const email = emailOf(input.email)
  const topic = assistanceTopics.find((t) => t.value === input.topic)?.value ?? invalid('topic', 'Scegli l’argomento della richiesta.')
  const message = requiredText(input.message, 2000, 'message', 'il messaggio')
  const serviceSlug = textOf(input.serviceSlug, 120)
  const service = serviceSlug ? ((await payload.find({ collection: 'services', where: { and: [{ slug: { equals: serviceSlug } }, { _status: { equals: 'published' } }] }, limit: 1, ...local })).docs[0] ?? invalid('serviceSlug', 'Il servizio indicato non esiste: sceglilo dall’elenco o lascia vuoto.')) : null
  const citizen = input.citizenId != null ? await payload.findByID({ collection: 'citizens', id: input.citizenId, ...local, disableErrors: true }) : null
  if (input.citizenId != null && !citizen) invalid('citizenId', 'Accedi di nuovo con SPID o CIE e riprova.')
  return { name, email, topic: topic as AssistanceTopic, message, service, citizenId: citizen?.id ?? null }
}

/**
 * "Richiedi assistenza": a request in the URP's queue, and the receipt by email (and in the desk of a
 * logged-in citizen). The same requestKey returns the same request. Refused (ReportRefused 'invalid',
 * Italian message, field) for a missing name, a bad email, an unknown topic or service, a long message.
 */
export async function createAssistanceRequest(payload: Payload, input: NewAssistanceRequest, now: Date = new Date()): Promise<{ code: string }> {
  const requestKey = requestKeyOf(input?.requestKey)
  const already = await byRequestKey(payload, requestKey)
  if (already) return { code: already.code }
  const request = await checked(payload, input)
  const office = (await payload.find({ collection: 'offices', where: { slug: { equals: assistanceOfficeSlug } }, limit: 1, ...local })).docs[0]
  // A deployment without the URP is misconfigured: fail loudly rather than lose requests.
  if (!office) throw new Error('Richieste di assistenza: manca l’ufficio con slug "urp"')
  let created: AssistanceRequest | null = null
  for (let attempt = 0; !created; attempt++) {
    try {
      created = await payload.create({
        collection: 'assistance-requests',
        data: { code: newAssistanceCode(now), status: 'nuova', office: office.id, topic: request.topic, service: request.service?.id ?? null, name: request.name, email: request.email, citizen: request.citizenId as number | null, message: request.message, requestKey },
        ...local,
      })
    } catch (error) {
      if (isRequestKeyRepeat(error)) {
        const winner = await byRequestKey(payload, requestKey)
        if (winner) return { code: winner.code }
      }
      if (!(isCodeRepeat(error) && attempt < 5)) throw error
    }
  }
  const data = { code: created.code, topic: labelOf(assistanceTopics, created.topic), message: created.message }
  await tellReader(payload, { email: created.email, givenName: created.name.split(' ')[0], citizenId: request.citizenId }, { kind: 'assistance-received', data }, created.id).catch((error: unknown) => warnReport(payload, 'ricevuta della richiesta di assistenza', created.id, error))
  return { code: created.code }
}

/** A request as the citizen and the URP read it. */
export function assistanceToView(doc: AssistanceRequest): AssistanceView {
  const service = doc.service && typeof doc.service === 'object' ? (doc.service as Service) : null
  return {
    code: doc.code, status: doc.status, topic: doc.topic, message: doc.message,
    service: service ? { title: service.title, slug: service.slug ?? null } : null,
    reply: doc.reply ?? null, repliedAt: doc.repliedAt ? new Date(doc.repliedAt) : null, createdAt: new Date(doc.createdAt),
  }
}

/** A logged-in citizen's assistance requests, newest first (the desk's "Richieste di assistenza"). */
export async function myAssistanceRequests(payload: Payload, citizenId: Id): Promise<AssistanceView[]> {
  const found = await payload.find({ collection: 'assistance-requests', where: { citizen: { equals: citizenId } }, sort: '-createdAt', pagination: false, depth: 1, overrideAccess: true, populate: { services: { title: true, slug: true } } })
  return found.docs.map(assistanceToView)
}


/**
 * Sends the URP's reply (saved on the request by the office's named action) to the citizen: by email
 * and, when they asked logged in, in the desk. Call after the reply is saved. Never throws.
 */
export async function notifyAssistanceReply(payload: Payload, requestId: Id): Promise<void> {
  try {
    const doc = await payload.findByID({ collection: 'assistance-requests', id: requestId, ...local, disableErrors: true })
    if (!doc?.reply?.trim()) return
    const data = { code: doc.code, topic: labelOf(assistanceTopics, doc.topic), message: doc.message, reply: doc.reply }
    const citizenId = doc.citizen != null ? (typeof doc.citizen === 'object' ? doc.citizen.id : doc.citizen) : null
    await tellReader(payload, { email: doc.email, givenName: doc.name.split(' ')[0], citizenId }, { kind: 'assistance-replied', data }, doc.id)
  } catch (error) {
    warnReport(payload, 'risposta alla richiesta di assistenza', requestId, error)
  }
}
