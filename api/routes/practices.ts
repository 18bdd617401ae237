import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'

import { citizenToRecipient } from '../../cms/notifications/notification'
import type { Notify } from '../../cms/notifications/notify'
import { relationId } from '../../cms/relationId'
import { requireCitizen } from '../auth/citizenSession'
import type { CitizenStore } from '../data/citizens'
import type { PracticeStore } from '../data/practices'
import { practiceReceiptPdf } from '../documents/practiceReceiptPdf'
import { ApiError } from '../errors'
import { requireJsonBody } from '../middleware/personal'
import type { AppEnv } from '../openapi'
import { newRouter } from '../openapi'
import { answerRequest } from '../services/practices/answer'
import { addDraftAttachment, readMyAttachment, removeDraftAttachment, type FileStore } from '../services/practices/attachments'
import { deleteDraft, findMyPractice, findServiceForm, formOfPractice, saveDraft, startPractice, viewOf } from '../services/practices/drafts'
import { raisePracticeFee } from '../services/practices/fee'
import { submitPractice } from '../services/practices/submit'
import { practiceToSummary } from '../services/practices/views'
import type { CitizenQuotas } from '../services/quotas'
import { practiceSchemas as s } from './practiceSchemas'

/** What the application routes need. */
export type PracticeRoutesDeps = { citizens: CitizenStore; practices: PracticeStore; files: FileStore; quotas: CitizenQuotas; notify: Notify }

const tags = ['Le mie pratiche']
const ok = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } })
const errors = { 401: { description: 'Non autenticato' }, 404: { description: 'Non trovata' } }
const quota = { 429: { description: 'Limite del cittadino raggiunto (Retry-After)' } }
const route = <const M extends 'get' | 'post' | 'put' | 'delete', const P extends string>(method: M, path: P) => ({ method, path, tags })

const formRoute = createRoute({ ...route('get', '/servizi/{slug}/modulo'), summary: 'Il modulo online di un servizio', request: { params: s.slugParam }, responses: { 200: ok(s.serviceForm, 'Servizio e modulo'), 404: errors[404] } })
const listRoute = createRoute({ ...route('get', '/me/pratiche'), summary: 'Bozze e domande presentate', middleware: [requireCitizen] as const, responses: { 200: ok(z.object({ practices: z.array(s.summary) }), 'Le pratiche del cittadino'), 401: errors[401] } })
const createPracticeRoute = createRoute({ ...route('post', '/me/pratiche'), summary: 'Inizia una domanda (bozza precompilata)', middleware: [requireCitizen, requireJsonBody] as const, request: { body: { content: { 'application/json': { schema: s.create } } } }, responses: { 201: ok(s.practice, 'La bozza'), ...quota, ...errors } })
const oneRoute = createRoute({ ...route('get', '/me/pratiche/{id}'), summary: 'Una pratica', middleware: [requireCitizen] as const, request: { params: s.idParam }, responses: { 200: ok(s.practice, 'La pratica'), ...errors } })
const saveRoute = createRoute({ ...route('put', '/me/pratiche/{id}'), summary: 'Salva la bozza (controllo di versione)', middleware: [requireCitizen, requireJsonBody] as const, request: { params: s.idParam, body: { content: { 'application/json': { schema: s.save } } } }, responses: { 200: ok(s.practice, 'Bozza salvata'), 409: { description: 'Modificata altrove' }, ...errors } })
const deleteRoute = createRoute({ ...route('delete', '/me/pratiche/{id}'), summary: 'Elimina una bozza', middleware: [requireCitizen] as const, request: { params: s.idParam }, responses: { 204: { description: 'Eliminata' }, ...errors } })
const uploadRoute = createRoute({ ...route('post', '/me/pratiche/{id}/allegati'), summary: 'Allega un file alla bozza', middleware: [requireCitizen] as const, request: { params: s.idParam, body: { content: { 'multipart/form-data': { schema: s.upload } } } }, responses: { 201: ok(s.attachment, 'Allegato'), 413: { description: 'Troppo grande' }, 415: { description: 'Tipo non ammesso' }, ...quota, ...errors } })
const fileRoute = createRoute({ ...route('get', '/me/pratiche/{id}/allegati/{attachmentId}'), summary: 'Scarica un allegato', middleware: [requireCitizen] as const, request: { params: s.attachmentParam }, responses: { 200: { description: 'Il file' }, ...errors } })
const removeFileRoute = createRoute({ ...route('delete', '/me/pratiche/{id}/allegati/{attachmentId}'), summary: 'Togli un allegato dalla bozza', middleware: [requireCitizen] as const, request: { params: s.attachmentParam }, responses: { 204: { description: 'Tolto' }, ...errors } })
const submitRoute = createRoute({ ...route('post', '/me/pratiche/{id}/invio'), summary: 'Presenta la domanda (idempotente)', middleware: [requireCitizen, requireJsonBody] as const, request: { params: s.idParam, headers: s.idempotency, body: { content: { 'application/json': { schema: s.submit } } } }, responses: { 200: ok(s.practice, 'Domanda presentata'), 422: { description: 'Domanda incompleta' }, ...errors } })
const receiptRoute = createRoute({ ...route('get', '/me/pratiche/{id}/ricevuta.pdf'), summary: 'Ricevuta di presentazione (PDF)', middleware: [requireCitizen] as const, request: { params: s.idParam }, responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errors } })
const answerRoute = createRoute({ ...route('post', '/me/pratiche/{id}/risposta'), summary: 'Invia le integrazioni richieste', middleware: [requireCitizen] as const, request: { params: s.idParam, body: { content: { 'multipart/form-data': { schema: s.answer } } } }, responses: { 200: ok(s.practice, 'Integrazioni inviate'), 409: { description: 'Nessuna richiesta aperta' }, ...quota, ...errors } })
const feeRoute = createRoute({ ...route('post', '/me/pratiche/{id}/diritti'), summary: 'Prepara il pagamento pagoPA dei diritti della domanda', middleware: [requireCitizen, requireJsonBody] as const, request: { params: s.idParam }, responses: { 200: ok(s.fee, 'I diritti da pagare e la posizione pagoPA'), 409: { description: 'Già presentata' }, ...errors } })
const messagesRoute = createRoute({ ...route('get', '/me/messaggi'), tags: ['Messaggi'], summary: 'I messaggi del Comune', middleware: [requireCitizen] as const, responses: { 200: ok(z.object({ messages: z.array(s.message) }), 'Messaggi'), 401: errors[401] } })
const readRoute = createRoute({ ...route('post', '/me/messaggi/{id}/letto'), tags: ['Messaggi'], summary: 'Segna un messaggio come letto', middleware: [requireCitizen, requireJsonBody] as const, request: { params: s.idParam }, responses: { 204: { description: 'Segnato' }, ...errors } })

const attachmentHeaders = (filename: string, mime: string) => ({
  'content-type': mime, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`, 'x-content-type-options': 'nosniff',
})

/** /api/servizi/{slug}/modulo and /api/me/pratiche*: the citizen's applications, from draft to decision. */
export function practiceRoutes(deps: PracticeRoutesDeps) {
  const router = newRouter()
  const { practices: store, files, quotas } = deps
  const citizenId = (c: Context<AppEnv>) => c.get('session')!.citizenId as number
  const me = async (c: Context<AppEnv>) => {
    const citizen = await deps.citizens.findById(citizenId(c))
    if (!citizen) throw new ApiError('unauthenticated')
    return citizen
  }

  router.openapi(formRoute, async (c) => {
    const { service, form } = await findServiceForm(store, c.req.valid('param').slug)
    const office = typeof service.office === 'object' ? service.office : null
    const fee = service.fee?.amountCents ? { amountCents: service.fee.amountCents, reason: service.fee.reason ?? service.title } : null
    c.header('Cache-Control', 'no-cache')
    return c.json({ service: { id: service.id, slug: service.slug!, title: service.title, office: { title: office?.title ?? '' } }, form, fee }, 200)
  })
  router.openapi(listRoute, async (c) => c.json({ practices: (await store.listByCitizen(citizenId(c))).map(practiceToSummary) }, 200))
  router.openapi(createPracticeRoute, async (c) => c.json(await startPractice(store, quotas, await me(c), c.req.valid('json').service), 201))
  router.openapi(oneRoute, async (c) => c.json(await viewOf(store, await findMyPractice(store, citizenId(c), c.req.valid('param').id)), 200))
  router.openapi(saveRoute, async (c) => {
    const { version, data } = c.req.valid('json')
    return c.json(await saveDraft(store, citizenId(c), c.req.valid('param').id, version, data), 200)
  })
  router.openapi(deleteRoute, async (c) => {
    await deleteDraft(store, citizenId(c), c.req.valid('param').id, files.remove)
    return c.body(null, 204)
  })
  router.openapi(uploadRoute, async (c) => {
    const { slot, file } = c.req.valid('form')
    return c.json(await addDraftAttachment(store, files, quotas, citizenId(c), c.req.valid('param').id, slot, file), 201)
  })
  router.openapi(fileRoute, async (c) => {
    const { id, attachmentId } = c.req.valid('param')
    const { attachment, bytes } = await readMyAttachment(store, files, citizenId(c), id, attachmentId)
    return new Response(Buffer.from(bytes), { headers: attachmentHeaders(attachment.filename, attachment.mime) }) as never
  })
  router.openapi(removeFileRoute, async (c) => {
    const { id, attachmentId } = c.req.valid('param')
    await removeDraftAttachment(store, files, citizenId(c), id, attachmentId)
    return c.body(null, 204)
  })
  router.openapi(submitRoute, async (c) => {
    const key = c.req.valid('header')['idempotency-key'] ?? crypto.randomUUID()
    const { view, created } = await submitPractice(store, citizenId(c), c.req.valid('param').id, c.req.valid('json').version, key)
    if (created) await sendConfirmation(deps, await me(c), view)
    return c.json(view, 200)
  })
  router.openapi(receiptRoute, async (c) => {
    const practice = await findMyPractice(store, citizenId(c), c.req.valid('param').id)
    if (practice.status === 'bozza' || !practice.protocolNumber || !practice.submittedAt) throw new ApiError('not_found', 'La ricevuta è disponibile dopo la presentazione della domanda.')
    const office = typeof practice.office === 'object' ? practice.office.title : ''
    const pdf = await practiceReceiptPdf({
      protocolNumber: practice.protocolNumber, submittedAt: practice.submittedAt, serviceTitle: practice.title, officeTitle: office,
      applicantName: practice.applicantName, applicantFiscalCode: practice.applicantFiscalCode, form: await formOfPractice(store, practice),
      data: (practice.data ?? {}) as never, attachments: (await store.listAttachments(practice.id)).filter((a) => a.source === 'domanda'),
    })
    return new Response(Buffer.from(pdf), { headers: attachmentHeaders(`ricevuta-${practice.protocolNumber.replace('/', '-')}.pdf`, 'application/pdf') }) as never
  })
  router.openapi(answerRoute, async (c) => {
    const { message, file } = c.req.valid('form')
    const uploads = (Array.isArray(file) ? file : file ? [file] : []).filter((f) => f.size > 0)
    return c.json(await answerRequest(store, files, quotas, citizenId(c), c.req.valid('param').id, message ?? '', uploads), 200)
  })
  router.openapi(feeRoute, async (c) => c.json(await raisePracticeFee(store, await me(c), c.req.valid('param').id), 200))
  router.openapi(messagesRoute, async (c) => {
    const messages = await store.listMessages(citizenId(c))
    return c.json({ messages: messages.map((m) => ({ id: m.id, at: m.createdAt, subject: m.subject, body: m.body, practiceId: relationId(m.practice), read: Boolean(m.readAt) })) }, 200)
  })
  router.openapi(readRoute, async (c) => {
    await store.markMessageRead(c.req.valid('param').id, citizenId(c))
    return c.body(null, 204)
  })
  return router
}

/** The confirmation email of a submission; a mail server that is down never undoes the submission. */
async function sendConfirmation(deps: PracticeRoutesDeps, citizen: Parameters<typeof citizenToRecipient>[0], view: { id: number; protocolNumber: string | null; service: { title: string } }) {
  await deps.notify(citizenToRecipient(citizen), { kind: 'practice-submitted', data: { practiceId: view.id, title: view.service.title, protocolNumber: view.protocolNumber ?? '' } })
    .catch(() => console.warn('[pratiche] email di conferma non inviata: la ricevuta resta nell’area personale'))
}
