import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'

import { requireCitizen, sessionCitizenId as citizenId } from '../auth/citizenSession'
import { practiceSchemas as s } from '../contract/practices'
import type { CitizenStore } from '../data/citizens'
import { requireJsonBody } from '../middleware/personal'
import { errorResponse, jsonResponse, newRouter, noParameters, type AppEnv } from '../openapi'
import { downloadResponse } from '../download'
import { maxUploadBytes } from '../services/attachments/limits'
import { findSessionCitizen, findSessionProfile } from '../services/citizens'
import { answerRequest } from '../services/practices/answer'
import { addDraftAttachment, readMyAttachment, removeDraftAttachment, type FileStore } from '../services/practices/attachments'
import { deleteDraft, saveDraft, startPractice } from '../services/practices/drafts'
import { raisePracticeFee } from '../services/practices/fee'
import { findServiceForm, listMyPractices, type PracticeStores } from '../services/practices/lookups'
import { myPracticeView } from '../services/practices/practiceView'
import { myPracticeReceipt } from '../services/practices/receipt'
import { submitPractice } from '../services/practices/submit'
import { serviceFormToView, type Download } from '../services/practices/views'
import type { CitizenQuotas } from '../services/quotas'

/** What the application routes need. */
export type PracticeRoutesDeps = { stores: PracticeStores & { citizens: CitizenStore }; files: FileStore; quotas: CitizenQuotas }

const tags = ['Le mie pratiche']
const errors = { 401: errorResponse('Non autenticato'), 404: errorResponse('Non trovata') }
const quota = { 429: errorResponse('Limite del cittadino raggiunto (Retry-After)') }
const storage = { 507: errorResponse('Spazio di archiviazione esaurito (nulla è stato salvato)') }
const route = <const M extends 'get' | 'post' | 'put' | 'delete', const P extends string>(method: M, path: P) => ({ method, path, tags })

const formRoute = createRoute({ ...route('get', '/servizi/{slug}/modulo'), summary: 'Il modulo online di un servizio', request: { params: s.slugParam }, responses: { 200: jsonResponse(s.serviceForm, 'Servizio e modulo'), 404: errors[404] } })
const listRoute = createRoute({ ...route('get', '/me/pratiche'), summary: 'Bozze e domande presentate', middleware: [requireCitizen] as const, responses: { 200: jsonResponse(z.object({ practices: z.array(s.summary) }), 'Le pratiche del cittadino'), 401: errors[401] } })
const createPracticeRoute = createRoute({ ...route('post', '/me/pratiche'), summary: 'Inizia una domanda (bozza precompilata)', middleware: [requireCitizen, requireJsonBody] as const, request: { body: { content: { 'application/json': { schema: s.create } } } }, responses: { 201: jsonResponse(s.practice, 'La bozza'), ...quota, ...errors } })
const oneRoute = createRoute({ ...route('get', '/me/pratiche/{id}'), summary: 'Una pratica', middleware: [requireCitizen] as const, request: { params: s.idParam }, responses: { 200: jsonResponse(s.practice, 'La pratica'), ...errors } })
const saveRoute = createRoute({ ...route('put', '/me/pratiche/{id}'), summary: 'Salva la bozza (controllo di versione)', middleware: [requireCitizen, requireJsonBody] as const, request: { params: s.idParam, body: { content: { 'application/json': { schema: s.save } } } }, responses: { 200: jsonResponse(s.practice, 'Bozza salvata'), 409: errorResponse('Modificata altrove'), ...errors } })
const deleteRoute = createRoute({ ...route('delete', '/me/pratiche/{id}'), summary: 'Elimina una bozza', middleware: [requireCitizen] as const, request: { params: s.idParam }, responses: { 204: { description: 'Eliminata' }, 409: errorResponse('Già presentata'), ...errors } })
const uploadRoute = createRoute({ ...route('post', '/me/pratiche/{id}/allegati'), summary: 'Allega un file alla bozza', middleware: [requireCitizen] as const, request: { params: s.idParam, body: { content: { 'multipart/form-data': { schema: s.upload } } } }, responses: { 201: jsonResponse(s.attachment, 'Allegato'), 409: errorResponse('Già presentata'), 413: errorResponse('Troppo grande'), 415: errorResponse('Tipo non ammesso'), ...quota, ...storage, ...errors } })
const fileRoute = createRoute({ ...route('get', '/me/pratiche/{id}/allegati/{attachmentId}'), summary: 'Scarica un allegato', middleware: [requireCitizen] as const, request: { params: s.attachmentParam }, responses: { 200: { description: 'Il file' }, ...errors } })
const removeFileRoute = createRoute({ ...route('delete', '/me/pratiche/{id}/allegati/{attachmentId}'), summary: 'Togli un allegato dalla bozza', middleware: [requireCitizen] as const, request: { params: s.attachmentParam }, responses: { 204: { description: 'Tolto' }, 409: errorResponse('Già presentata'), ...errors } })
const submitRoute = createRoute({ ...route('post', '/me/pratiche/{id}/invio'), summary: 'Presenta la domanda (idempotente)', middleware: [requireCitizen, requireJsonBody] as const, request: { params: s.idParam, headers: s.idempotency, body: { content: { 'application/json': { schema: s.submit } } } }, responses: { 200: jsonResponse(s.practice, 'Domanda presentata'), 402: errorResponse('Diritti non ancora pagati'), 409: errorResponse('Modificata altrove, o modulo non più disponibile'), 422: errorResponse('Domanda incompleta'), ...errors } })
const receiptRoute = createRoute({ ...route('get', '/me/pratiche/{id}/ricevuta.pdf'), summary: 'Ricevuta di presentazione (PDF)', middleware: [requireCitizen] as const, request: { params: s.idParam }, responses: { 200: { description: 'PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errors } })
const answerRoute = createRoute({ ...route('post', '/me/pratiche/{id}/risposta'), summary: 'Invia le integrazioni richieste', middleware: [requireCitizen] as const, request: { params: s.idParam, body: { content: { 'multipart/form-data': { schema: s.answer } } } }, responses: { 200: jsonResponse(s.practice, 'Integrazioni inviate'), 409: errorResponse('Nessuna richiesta aperta'), ...quota, ...storage, ...errors } })
const feeRoute = createRoute({ ...route('post', '/me/pratiche/{id}/diritti'), summary: 'Prepara il pagamento pagoPA dei diritti della domanda', middleware: [requireCitizen, requireJsonBody] as const, request: { params: s.idParam, body: noParameters }, responses: { 200: jsonResponse(s.fee, 'I diritti da pagare e la posizione pagoPA'), 409: errorResponse('Già presentata'), ...errors } })

/**
 * The routes whose bodies are attachments, with the limit of their bodies: app.ts gives them this
 * limit instead of the general one (each slot also checks its own size).
 */
export const practiceUploads = [uploadRoute, answerRoute].map((r) => ({ path: r.getRoutingPath(), maxSize: maxUploadBytes }))

/** A file of the citizen's application sent as a download. */
const downloadToResponse = ({ filename, mime, bytes }: Download) => downloadResponse(bytes, filename, mime) as never

/** /api/servizi/{slug}/modulo and /api/me/pratiche*: the citizen's applications, from draft to decision. */
export function practiceRoutes(deps: PracticeRoutesDeps) {
  const router = newRouter()
  const { stores, files, quotas } = deps
  const me = (c: Context<AppEnv>) => findSessionCitizen(stores.citizens, citizenId(c))
  // What a draft is pre-filled with: the citizen's profile, read as the desk reads it (api/data/hotReads.ts).
  const myProfile = (c: Context<AppEnv>) => findSessionProfile(stores.citizens, c.get('session')!)

  router.openapi(formRoute, async (c) => {
    const { service, form } = await findServiceForm(stores, c.req.valid('param').slug)
    c.header('Cache-Control', 'no-cache')
    return c.json(serviceFormToView(service, form), 200)
  })
  router.openapi(listRoute, async (c) => c.json({ practices: await listMyPractices(stores, citizenId(c)) }, 200))
  router.openapi(createPracticeRoute, async (c) => c.json(await startPractice(stores, quotas, await myProfile(c), c.req.valid('json').service), 201))
  router.openapi(oneRoute, async (c) => c.json(await myPracticeView(stores, citizenId(c), c.req.valid('param').id), 200))
  router.openapi(saveRoute, async (c) => {
    const { version, data, step, privacyAccepted } = c.req.valid('json')
    return c.json(await saveDraft(stores, citizenId(c), c.req.valid('param').id, version, data, { step, privacyAccepted }), 200)
  })
  router.openapi(deleteRoute, async (c) => {
    await deleteDraft(stores, citizenId(c), c.req.valid('param').id, files.remove)
    return c.body(null, 204)
  })
  router.openapi(uploadRoute, async (c) => {
    const { slot, file } = c.req.valid('form')
    return c.json(await addDraftAttachment(stores, files, quotas, citizenId(c), c.req.valid('param').id, slot, file), 201)
  })
  router.openapi(fileRoute, async (c) => {
    const { id, attachmentId } = c.req.valid('param')
    return downloadToResponse(await readMyAttachment(stores, files, citizenId(c), id, attachmentId))
  })
  router.openapi(removeFileRoute, async (c) => {
    const { id, attachmentId } = c.req.valid('param')
    await removeDraftAttachment(stores, files, citizenId(c), id, attachmentId)
    return c.body(null, 204)
  })
  router.openapi(submitRoute, async (c) => {
    const key = c.req.valid('header')['idempotency-key'] ?? crypto.randomUUID()
    const { version, privacyAccepted } = c.req.valid('json')
    const { view } = await submitPractice(stores, citizenId(c), c.req.valid('param').id, version, key, privacyAccepted === true)
    return c.json(view, 200)
  })
  router.openapi(receiptRoute, async (c) => downloadToResponse(await myPracticeReceipt(stores, citizenId(c), c.req.valid('param').id)))
  router.openapi(answerRoute, async (c) => {
    const { message, file } = c.req.valid('form')
    const uploads = (Array.isArray(file) ? file : file ? [file] : []).filter((f) => f.size > 0)
    return c.json(await answerRequest(stores, files, quotas, citizenId(c), c.req.valid('param').id, message ?? '', uploads), 200)
  })
  router.openapi(feeRoute, async (c) => c.json(await raisePracticeFee(stores, await me(c), c.req.valid('param').id), 200))
  return router
}
