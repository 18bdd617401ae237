import { createHash, randomBytes } from 'node:crypto'

import { PDFDocument } from 'pdf-lib'
import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { actOnPractice, type PracticeActionName } from '../../cms/practices/actions/act'
import { downloadPracticeAttachment } from '../../cms/practices/downloadAttachment'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { paymentStore } from '../data/payments'
import { createStores } from '../data/stores'
import { completeInterruptedSubmissions } from '../services/practices/submit'
import { recordReceipt } from '../services/receipts'
import { startPortalWithLogin, type PortalWithLogin } from '../testing/portalWithLogin'
import { createPracticeFixtures, samplePdf, samplePhoto } from '../testing/practiceFixtures'

let t: TestPayload
let portal: PortalWithLogin
let giovanna: string
let marco: string
let f: Awaited<ReturnType<typeof createPracticeFixtures>>

const GIOVANNA = 'CPTGNN85C54B180W'
const MARCO = 'VLNMRC79H03B180T'
type View = { id: number; version: number; status: string; data: Record<string, unknown>; protocolNumber: string | null; attachments: { id: string; sha256: string; filename: string }[]; timeline: { kind: string; label: string; message?: string }[]; openRequest: { message: string } | null }

beforeAll(async () => {
  t = await startTestPayload()
  portal = await startPortalWithLogin(t)
  giovanna = (await portal.logIn(GIOVANNA)).cookie
  marco = (await portal.logIn(MARCO)).cookie
  f = await createPracticeFixtures(t.payload, 'api')
})
afterAll(async () => {
  await portal?.close()
  await t?.cleanup()
})

const call = (cookie: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  portal.app.request(path, {
    method, headers: { cookie, origin: portal.origin, ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  })
const json = async <T = View>(res: Response) => (await res.json()) as T
const start = async (cookie = giovanna) => json(await call(cookie, 'POST', '/api/me/pratiche', { service: f.service.slug }))
const upload = (cookie: string, id: number, slot: string, bytes: Uint8Array, name: string) => {
  const form = new FormData()
  form.set('slot', slot)
  form.set('file', new File([Buffer.from(bytes)], name))
  return call(cookie, 'POST', `/api/me/pratiche/${id}/allegati`, form)
}
const complete = { givenName: 'Giovanna', fiscalCode: GIOVANNA, email: 'giovanna@example.it', kind: 'nuovo', accept: true }

/** A draft filled in, with its identity document attached, ready to submit. */
async function readyDraft(cookie = giovanna): Promise<View> {
  const draft = await start(cookie)
  expect((await upload(cookie, draft.id, 'identity', await samplePdf(), 'carta.pdf')).status).toBe(201)
  return json(await call(cookie, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: complete }))
}

describe('the form of a service', () => {
  it('is public for a service with an online form, and 404 otherwise', async () => {
    const res = await portal.app.request(`/api/servizi/${f.service.slug}/modulo`)
    expect(res.status).toBe(200)
    const body = await json<{ form: { steps: { fields: { name: string }[] }[] }; service: { office: { title: string } } }>(res)
    expect(body.form.steps[1]!.fields.map((x) => x.name)).toEqual(['kind', 'previous', 'accept'])
    expect(body.service.office.title).toBe('Ufficio Mobilità')
    expect((await portal.app.request('/api/servizi/servizio-che-non-esiste/modulo')).status).toBe(404)
  })

  it('answers 404, not 500, when a service’s stored form cannot be offered', async () => {
    const broken = await createPracticeFixtures(t.payload, 'rotto')
    // Past the admin's validation (an older form, a direct import): no privacy notice.
    await t.payload.db.updateOne({ collection: 'services', where: { id: { equals: broken.service.id } }, data: { form: { enabled: true, privacyNotice: null } } })
    expect((await portal.app.request(`/api/servizi/${broken.service.slug}/modulo`)).status).toBe(404)
    expect((await call(giovanna, 'POST', '/api/me/pratiche', { service: broken.service.slug })).status).toBe(404)
  })
})

describe('drafts', () => {
  it('starts pre-filled with what the identity provider vouches for, and lists it in "Le mie pratiche"', async () => {
    const draft = await start()
    expect(draft.status).toBe('bozza')
    expect(draft.data).toMatchObject({ givenName: 'Giovanna', fiscalCode: GIOVANNA })
    const list = await json<{ practices: { id: number; status: string }[] }>(await call(giovanna, 'GET', '/api/me/pratiche'))
    expect(list.practices.find((p) => p.id === draft.id)?.status).toBe('bozza')
    expect(draft.timeline.map((e) => e.kind)).toEqual(['creata'])
  })

  it('refuses the second of two saves made from the same version, with a clear message', async () => {
    const draft = await start()
    const first = await call(giovanna, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: { kind: 'nuovo' } })
    expect(first.status).toBe(200)
    expect((await json(first)).version).toBe(draft.version + 1)
    const second = await call(giovanna, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: { kind: 'rinnovo' } })
    expect(second.status).toBe(409)
    expect((await json<{ error: { message: string } }>(second)).error.message).toMatch(/un’altra scheda/)
    expect((await json(await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}`))).data.kind).toBe('nuovo')
  })

  it('keeps exactly one of saves sent at the same moment from the same version (two tabs), and refuses the others', async () => {
    const draft = await start()
    const kinds = ['nuovo', 'rinnovo', 'nuovo', 'rinnovo', 'nuovo', 'rinnovo']
    const responses = await Promise.all(kinds.map((kind) => call(giovanna, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: { kind } })))
    const kept = responses.filter((r) => r.status === 200)
    expect(kept).toHaveLength(1)
    expect(responses.filter((r) => r.status === 409)).toHaveLength(kinds.length - 1)
    const winner = await json(kept[0]!)
    const now = await json(await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}`))
    expect(now).toMatchObject({ version: draft.version + 1, data: { kind: winner.data.kind } })
    expect(now.attachments).toEqual([])
  })

  it('rejects a badly typed answer with an Italian message naming the field', async () => {
    const draft = await start()
    const res = await call(giovanna, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: { email: 'non-una-email', kind: 'altro' } })
    expect(res.status).toBe(422)
    const { error } = await json<{ error: { fields: { field: string; message: string }[] } }>(res)
    expect(error.fields.map((x) => x.field).sort()).toEqual(['email', 'kind'])
    expect(error.fields.find((x) => x.field === 'email')!.message).toMatch(/email/i)
  })
})

describe('attachments', () => {
  it('keeps a PDF as sent and re-encodes a photo without its metadata', async () => {
    const draft = await start()
    const pdf = await samplePdf()
    const pdfRes = await upload(giovanna, draft.id, 'identity', pdf, 'carta.pdf')
    expect(pdfRes.status).toBe(201)
    expect((await json<{ sha256: string }>(pdfRes)).sha256).toBe(createHash('sha256').update(pdf).digest('hex'))
    const photo = await json<{ id: string }>(await upload(giovanna, draft.id, 'photo', await samplePhoto(), 'foto.jpeg'))
    const download = await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}/allegati/${photo.id}`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/)
    expect((await sharp(Buffer.from(await download.arrayBuffer())).metadata()).exif).toBeUndefined()
  })

  it('refuses a renamed executable, HTML disguised as an image, an oversized file and a slot the form lacks', async () => {
    const draft = await start()
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(200).fill(0)])
    expect((await upload(giovanna, draft.id, 'identity', exe, 'documento.pdf')).status).toBe(415)
    expect((await upload(giovanna, draft.id, 'photo', new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'foto.jpg')).status).toBe(415)
    const big = await PDFDocument.create()
    big.addPage().drawText('x'.repeat(10))
    big.attach(randomBytes(1.5 * 1024 * 1024), 'riempitivo.bin')
    const oversized = await upload(giovanna, draft.id, 'identity', await big.save(), 'grande.pdf')
    expect(oversized.status).toBe(413)
    expect((await json<{ error: { message: string } }>(oversized)).error.message).toMatch(/1 MB/)
    expect((await upload(giovanna, draft.id, 'inesistente', await samplePdf(), 'a.pdf')).status).toBe(422)
    expect((await json(await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}`))).attachments).toHaveLength(0)
  })
})

describe('submission', () => {
  it('lists what is missing, field by field', async () => {
    const draft = await start()
    const res = await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true })
    expect(res.status).toBe(422)
    const fields = (await json<{ error: { fields: { field: string }[] } }>(res)).error.fields.map((x) => x.field)
    expect(fields).toEqual(expect.arrayContaining(['kind', 'accept', 'identity']))
    expect(fields).not.toContain('previous')
  })

  it('registers one application with one protocol number however many times it is sent at once', async () => {
    const draft = await readyDraft()
    const key = crypto.randomUUID()
    const responses = await Promise.all(Array.from({ length: 8 }, () => call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true }, { 'idempotency-key': key })))
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200))
    const bodies = await Promise.all(responses.map((r) => json(r)))
    expect(new Set(bodies.map((b) => b.protocolNumber)).size).toBe(1)
    expect(bodies[0]!.protocolNumber).toMatch(/^\d{4}\/\d{6}$/)
    const registered = await t.payload.find({ collection: 'protocol-register', where: { practice: { equals: draft.id } } })
    expect(registered.totalDocs).toBe(1)
    const retried = await json(await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true }))
    expect(retried.protocolNumber).toBe(bodies[0]!.protocolNumber)
    const events = await t.payload.find({ collection: 'practice-events', where: { and: [{ practice: { equals: draft.id } }, { kind: { equals: 'presentata' } }] } })
    expect(events.totalDocs).toBe(1)
  })

  it('gives each of many applications submitted at once its own protocol number, refusing none', async () => {
    const drafts = await Promise.all(Array.from({ length: 12 }, () => readyDraft()))
    const responses = await Promise.all(drafts.map((d) => call(giovanna, 'POST', `/api/me/pratiche/${d.id}/invio`, { version: d.version, privacyAccepted: true }, { 'idempotency-key': crypto.randomUUID() })))
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(200))
    const numbers = (await Promise.all(responses.map((r) => json(r)))).map((b) => b.protocolNumber)
    expect(new Set(numbers).size).toBe(12)
  })

  it('completes, with the same number, a submission the server registered and then died before finishing', async () => {
    const draft = await readyDraft()
    // What a process killed right after writing the register entry leaves behind (SQLite has no transaction here).
    await t.payload.create({ collection: 'protocol-register', data: { protocolNumber: '1999/000001', year: 1999, sequence: 1, registeredAt: new Date().toISOString(), practice: draft.id, idempotencyKey: 'interrotta', subject: 'Contrassegno di prova' } })
    expect((await json(await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}`))).status).toBe('bozza')
    const retried = await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true }, { 'idempotency-key': 'interrotta' })
    expect(retried.status).toBe(200)
    expect(await json(retried)).toMatchObject({ status: 'presentata', protocolNumber: '1999/000001' })
    const events = await t.payload.count({ collection: 'practice-events', where: { and: [{ practice: { equals: draft.id } }, { kind: { equals: 'presentata' } }] } })
    expect(events.totalDocs).toBe(1)
    expect((await t.payload.count({ collection: 'protocol-register', where: { practice: { equals: draft.id } } })).totalDocs).toBe(1)
  })

  it('completes a registered draft once, however many sends, with different keys, race to finish it', async () => {
    const draft = await readyDraft()
    // The register entry is written in a unit of its own; what is left (history, message, status) must happen once.
    await t.payload.create({ collection: 'protocol-register', data: { protocolNumber: '1999/000003', year: 1999, sequence: 3, registeredAt: new Date().toISOString(), practice: draft.id, idempotencyKey: 'interrotta-3', subject: 'Contrassegno di prova' } })
    const responses = await Promise.all(Array.from({ length: 8 }, () => call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true }, { 'idempotency-key': crypto.randomUUID() })))
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200))
    expect(new Set((await Promise.all(responses.map((r) => json(r)))).map((b) => b.protocolNumber))).toEqual(new Set(['1999/000003']))
    const about = { practice: { equals: draft.id } }
    expect((await t.payload.count({ collection: 'practice-events', where: { and: [about, { kind: { equals: 'presentata' } }] } })).totalDocs).toBe(1)
    expect((await t.payload.count({ collection: 'citizen-messages', where: about })).totalDocs).toBe(1)
    expect((await t.payload.count({ collection: 'protocol-register', where: about })).totalDocs).toBe(1)
  })

  it('finishes at start-up, without the citizen, a registration a crash cut short', async () => {
    const draft = await readyDraft()
    await t.payload.create({ collection: 'protocol-register', data: { protocolNumber: '1999/000002', year: 1999, sequence: 2, registeredAt: new Date().toISOString(), practice: draft.id, idempotencyKey: 'interrotta-2', subject: 'Contrassegno di prova' } })
    expect(await completeInterruptedSubmissions(createStores(t.payload))).toBe(1)
    expect(await json(await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}`))).toMatchObject({ status: 'presentata', protocolNumber: '1999/000002' })
    expect(await completeInterruptedSubmissions(createStores(t.payload))).toBe(0)
  })

  it('gives a PDF receipt with the protocol number and the attachments’ fingerprints, and queues the confirmation on every channel the citizen has not turned off', async () => {
    const draft = await readyDraft()
    const submitted = await json(await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true }))
    const res = await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}/ricevuta.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = Buffer.from(await res.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(0)
    expect(submitted.attachments[0]!.sha256).toMatch(/^[0-9a-f]{64}$/)
    // The desk message and its log line are written with the submission; email, push and IO wait on the queue.
    const { docs } = await t.payload.find({ collection: 'notification-deliveries', where: { kind: { equals: 'practice-submitted' }, status: { equals: 'in-coda' } }, pagination: false, depth: 0 })
    const about = docs.filter((d) => (d.message as { notification?: { data?: { practiceId?: number } } } | null)?.notification?.data?.practiceId === draft.id)
    expect(about.map((d) => d.channel).sort()).toEqual(['email', 'io', 'push'])
    const desk = await t.payload.find({ collection: 'citizen-messages', where: { practice: { equals: draft.id } }, depth: 0 })
    expect(desk.docs.map((m) => m.subject)).toEqual([expect.stringMatching(`^Domanda presentata: .* \\(protocollo ${submitted.protocolNumber}\\)$`)])
    // Once submitted it is no longer a draft: no more changes.
    expect((await call(giovanna, 'PUT', `/api/me/pratiche/${draft.id}`, { version: submitted.version, data: complete })).status).toBe(409)
    expect((await call(giovanna, 'DELETE', `/api/me/pratiche/${draft.id}`)).status).toBe(409)
  })
})

describe('a service with a fee', () => {
  it('asks for payment before submission, and accepts the application once pagoPA’s receipt has come', async () => {
    const draft = await json(await call(giovanna, 'POST', '/api/me/pratiche', { service: f.feeService.slug }))
    const filled = await json(await call(giovanna, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: complete }))
    expect(filled).toMatchObject({ fee: { amountCents: 1600, reason: 'Imposta di bollo', paid: false, positionId: null } })
    const unpaid = await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: filled.version, privacyAccepted: true })
    expect(unpaid.status).toBe(402)
    expect((await json<{ error: { message: string } }>(unpaid)).error.message).toMatch(/16,00.*Imposta di bollo/)

    const fee = await json<{ positionId: number; paid: boolean }>(await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/diritti`, {}))
    expect(fee.paid).toBe(false)
    expect((await json<{ positionId: number }>(await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/diritti`, {}))).positionId).toBe(fee.positionId)
    expect((await call(marco, 'POST', `/api/me/pratiche/${draft.id}/diritti`, {})).status).toBe(404)
    const position = await t.payload.findByID({ collection: 'payment-positions', id: fee.positionId })
    expect(position).toMatchObject({ debtorFiscalCode: GIOVANNA, amountCents: 1600, applicationRef: `pratica-${draft.id}` })
    await recordReceipt(paymentStore(t.payload), position.creditorFiscalCode!, { receiptId: `ric-pratica-${draft.id}`, noticeNumber: position.noticeCode!, fiscalCode: position.creditorFiscalCode!, paymentAmount: '16.00', paymentDateTime: new Date().toISOString() })

    const submitted = await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: filled.version, privacyAccepted: true })
    expect(submitted.status).toBe(200)
    expect(await json(submitted)).toMatchObject({ status: 'presentata', fee: { paid: true, positionId: fee.positionId } })
  })
})

describe('who can see an application', () => {
  it('answers "not found" to another citizen on every route', async () => {
    const draft = await readyDraft()
    const attachment = draft.attachments[0]!.id
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/me/pratiche/${draft.id}`], ['PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: {} }],
      ['DELETE', `/api/me/pratiche/${draft.id}`], ['GET', `/api/me/pratiche/${draft.id}/allegati/${attachment}`],
      ['DELETE', `/api/me/pratiche/${draft.id}/allegati/${attachment}`], ['POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true }],
      ['GET', `/api/me/pratiche/${draft.id}/ricevuta.pdf`],
    ]
    for (const [method, path, body] of attempts) expect([method, path, (await call(marco, method, path, body)).status]).toEqual([method, path, 404])
    expect((await upload(marco, draft.id, 'photo', await samplePhoto(), 'f.jpg')).status).toBe(404)
    const list = await json<{ practices: { id: number }[] }>(await call(marco, 'GET', '/api/me/pratiche'))
    expect(list.practices.map((p) => p.id)).not.toContain(draft.id)
    expect((await call('', 'GET', `/api/me/pratiche/${draft.id}`)).status).toBe(401)
  })

  it('shows operators the submitted applications of their own office only, never drafts', async () => {
    const draft = await readyDraft()
    const read = (user: typeof f.operator) => t.payload.find({ collection: 'practices', where: { id: { equals: draft.id } }, overrideAccess: false, user })
    expect((await read(f.operator)).totalDocs).toBe(0)
    await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true })
    expect((await read(f.operator)).totalDocs).toBe(1)
    expect((await read(f.otherOperator)).totalDocs).toBe(0)
    const attachments = (user: typeof f.operator) => t.payload.find({ collection: 'practice-attachments', where: { practice: { equals: draft.id } }, overrideAccess: false, user })
    expect((await attachments(f.operator)).totalDocs).toBe(1)
    expect((await attachments(f.otherOperator)).totalDocs).toBe(0)
    const download = async (user: typeof f.operator) => {
      const req = await createLocalReq({ user }, t.payload)
      req.routeParams = { id: (await attachments(f.operator)).docs[0]!.id }
      return downloadPracticeAttachment.handler(req)
    }
    expect((await download(f.operator)).status).toBe(200)
    expect((await download(f.otherOperator)).status).toBe(404)
    await expect(t.payload.update({ collection: 'practices', id: draft.id, data: { status: 'in-lavorazione' }, overrideAccess: false, user: f.otherOperator })).rejects.toThrow()
  })
})

describe('the back office workflow', () => {
  it('takes an application from submission to decision, with every step in the history and told to the citizen', async () => {
    const draft = await readyDraft()
    const submitted = await json(await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true }))
    // The clerk acts through the named actions (cms/practices/actions), as the admin's sidebar does.
    const act = async (name: PracticeActionName, body: Record<string, unknown> = {}) => actOnPractice(await createLocalReq({ user: f.operator }, t.payload), name, String(draft.id), body)
    const registered = await t.payload.findByID({ collection: 'practices', id: draft.id })
    expect(registered).toMatchObject({ termDays: 30, termUnit: 'calendario', dueAt: expect.any(String) })

    await act('prendi-in-carico')
    await act('nota', { message: 'Controllare la scadenza del documento' })
    await expect(act('chiedi-integrazioni')).rejects.toThrow('Scrivi al cittadino quali documenti o informazioni servono.')
    await expect(act('respingi')).rejects.toThrow(/motivo/)
    await act('chiedi-integrazioni', { message: 'Serve la fototessera recente.' })
    expect((await t.payload.findByID({ collection: 'practices', id: draft.id })).suspendedSince).toEqual(expect.any(String))
    const waiting = await json(await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}`))
    expect(waiting.status).toBe('in-attesa-cittadino')
    expect(waiting.openRequest?.message).toBe('Serve la fototessera recente.')
    expect(waiting.timeline.map((e) => e.message ?? '')).not.toContain('Controllare la scadenza del documento')
    const messages = await json<{ messages: { subject: string; practiceId: number }[] }>(await call(giovanna, 'GET', '/api/me/messaggi'))
    expect(messages.messages.some((m) => m.practiceId === draft.id && m.subject.includes('integrazioni'))).toBe(true)
    expect((await json<{ messages: unknown[] }>(await call(marco, 'GET', '/api/me/messaggi'))).messages).toHaveLength(0)

    const answer = new FormData()
    answer.set('message', 'Ecco la fototessera.')
    answer.append('file', new File([Buffer.from(await samplePhoto())], 'fototessera.jpg'))
    const answered = await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/risposta`, answer)
    expect(answered.status).toBe(200)
    expect((await json(answered)).status).toBe('in-lavorazione')
    expect((await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/risposta`, answer)).status).toBe(409)
    // The answer restarts the legal term: the suspension is closed and kept.
    const resumed = await t.payload.findByID({ collection: 'practices', id: draft.id })
    expect(resumed).toMatchObject({ suspendedSince: null, suspensions: [{ from: expect.any(String), to: expect.any(String) }] })
    expect(resumed.dueAt! >= registered.dueAt!).toBe(true)

    await act('accogli', { message: 'Il contrassegno è pronto per il ritiro.' })
    const done = await json(await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}`))
    expect(done.status).toBe('accolta')
    expect(done.timeline.map((e) => e.label)).toEqual(['Bozza creata', 'Domanda presentata', 'Stato: In lavorazione', 'L’ufficio chiede integrazioni', 'Integrazioni inviate', 'Stato: Accolta'])
    const history = await t.payload.find({ collection: 'practice-events', where: { practice: { equals: draft.id } }, sort: 'createdAt', overrideAccess: false, user: f.operator })
    expect(history.docs.map((e) => e.kind)).toEqual(['creata', 'presentata', 'assegnazione', 'stato', 'nota-interna', 'richiesta-integrazioni', 'integrazioni', 'stato'])
    expect(history.docs.find((e) => e.kind === 'stato')!.actorLabel).toBe('Operatrice Mobilita')
    await expect(t.payload.update({ collection: 'practice-events', id: history.docs[0]!.id, data: { message: 'ritoccato' }, overrideAccess: false, user: f.operator })).rejects.toThrow()
    expect(submitted.protocolNumber).toBe(done.protocolNumber)
  })
})

describe('where a draft stands and the privacy acceptance', () => {
  it('keeps the step the citizen was on, and the first acceptance of the privacy notice with its date', async () => {
    const draft = await start()
    expect(draft).toMatchObject({ resumeStep: null, privacyAcceptedAt: null })
    const before = Date.now()
    const accepted = await json<View & { resumeStep: number; privacyAcceptedAt: string }>(await call(giovanna, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: {}, step: 2, privacyAccepted: true }))
    expect(accepted.resumeStep).toBe(2)
    const acceptedAt = Date.parse(accepted.privacyAcceptedAt)
    expect(acceptedAt).toBeGreaterThanOrEqual(before - 1000)
    // A later save moves the step but never the date of the evidence.
    const later = await json<View & { resumeStep: number; privacyAcceptedAt: string }>(await call(giovanna, 'PUT', `/api/me/pratiche/${draft.id}`, { version: accepted.version, data: complete, step: 4, privacyAccepted: true }))
    expect(later).toMatchObject({ resumeStep: 4, privacyAcceptedAt: accepted.privacyAcceptedAt })
    const reread = await json<View & { resumeStep: number }>(await call(giovanna, 'GET', `/api/me/pratiche/${draft.id}`))
    expect(reread.resumeStep).toBe(4)
    // The office reads it on the practice.
    expect((await t.payload.findByID({ collection: 'practices', id: draft.id })).privacyAcceptedAt).toBe(accepted.privacyAcceptedAt)
  })

  it('refuses, in Italian, a step that is not a step', async () => {
    const draft = await start()
    const res = await call(giovanna, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: {}, step: -1 })
    expect(res.status).toBe(422)
    expect(JSON.stringify(await res.json())).toContain('Passo della domanda non valido.')
  })

  it('refuses a submission without the privacy acceptance, and records the date of one given with it', async () => {
    const draft = await readyDraft()
    const refused = await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version })
    expect(refused.status).toBe(422)
    expect(JSON.stringify(await refused.json())).toContain('Per presentare la domanda devi dichiarare di aver letto l’informativa sulla privacy.')
    const submitted = await json<View & { privacyAcceptedAt: string | null }>(await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true }))
    expect(submitted.status).toBe('presentata')
    expect(submitted.privacyAcceptedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })
})

describe('a service whose fee includes a marca da bollo', () => {
  it('raises one pagoPA position with the stamp duty as its own part, and shows both lines', async () => {
    const draft = await json(await call(giovanna, 'POST', '/api/me/pratiche', { service: f.stampService.slug }))
    expect(draft).toMatchObject({ fee: { amountCents: 4100, stampDutyCents: 1600, reason: 'Diritti e marca da bollo', paid: false } })
    const fee = await json<{ positionId: number }>(await call(giovanna, 'POST', `/api/me/pratiche/${draft.id}/diritti`, {}))
    const position = await t.payload.findByID({ collection: 'payment-positions', id: fee.positionId })
    expect(position).toMatchObject({ amountCents: 4100, stampDutyCents: 1600, applicationRef: `pratica-${draft.id}`, practice: expect.anything() })
  })
})
