import { createLocalReq, handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOfficeWithService, createPractice, restAs, staffMember } from '../testing/backOffice'
import { startTestPayload, type TestPayload } from '../testing/testPayload'
import { actOnPractice } from './actions/act'
import { termAtSubmission } from './term'
import { refusedMoveToItalian, type PracticeStatus } from './workflow'

let t: TestPayload
let payload: Payload
type Staff = Awaited<ReturnType<typeof staffMember>>
let operator: Staff
let colleague: Staff
let stranger: Staff
let editor: Staff
let ids: { officeId: number; serviceId: number }

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const { office, service } = await createOfficeWithService(payload)
  const other = await createOfficeWithService(payload)
  ids = { officeId: office.id, serviceId: service.id }
  operator = await staffMember(payload, 'Operatrice Rossi', ['operator'], [office.id])
  colleague = await staffMember(payload, 'Operatore Bianchi', ['operator'], [office.id])
  stranger = await staffMember(payload, 'Operatore di altro ufficio', ['operator'], [other.office.id])
  editor = await staffMember(payload, 'Redattrice', ['editor' as 'operator'], [office.id])
})
afterAll(async () => t?.cleanup())

const practiceIn = (status: PracticeStatus) => createPractice(payload, { ...ids, status })
const act = (who: Staff, id: number, action: string, body?: unknown) => restAs(t, who.token, 'POST', `/practices/${id}/${action}`, body)
const errorOf = async (res: Response) => ((await res.json()) as { errors?: { message?: string }[] }).errors?.[0]?.message
const eventsOf = async (id: number) => (await payload.find({ collection: 'practice-events', where: { practice: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false })).docs
const messagesOf = async (id: number) => (await payload.find({ collection: 'citizen-messages', where: { practice: { equals: id } }, depth: 0, pagination: false })).docs
const read = (id: number) => payload.findByID({ collection: 'practices', id, depth: 0 })

describe('who may act', () => {
  it('answers 401 without a staff login', async () => {
    const practice = await practiceIn('presentata')
    const res = await handleEndpoints({ config: payload.config, request: new Request(`http://localhost:3001/api/practices/${practice.id}/prendi-in-carico`, { method: 'POST' }), payloadInstanceCacheKey: t.dataDir })
    expect(res.status).toBe(401)
    expect(await errorOf(res)).toMatch(/Accesso riservato al personale/)
  })

  it('answers 404 to an operator of another office, and on a citizen’s draft', async () => {
    const practice = await practiceIn('presentata')
    const res = await act(stranger, practice.id, 'prendi-in-carico')
    expect(res.status).toBe(404)
    expect(await errorOf(res)).toBe('Pratica non trovata.')
    const draft = await practiceIn('bozza')
    expect((await act(operator, draft.id, 'nota', { message: 'prova' })).status).toBe(404)
    expect((await eventsOf(practice.id)).length + (await eventsOf(draft.id)).length).toBe(0)
  })

  it('answers 403 to staff who are not operators', async () => {
    const practice = await practiceIn('presentata')
    const res = await act(editor, practice.id, 'prendi-in-carico')
    expect(res.status).toBe(403)
    expect(await errorOf(res)).toMatch(/Solo gli operatori/)
  })

  it('answers 400 in Italian to a body that is not JSON, never 500', async () => {
    const practice = await practiceIn('presentata')
    const request = new Request(`http://localhost:3001/api/practices/${practice.id}/nota`, { method: 'POST', headers: { authorization: `JWT ${operator.token}`, 'content-type': 'application/json' }, body: '{"message": ' })
    const res = await handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: t.dataDir })
    expect(res.status).toBe(400)
    expect(await errorOf(res)).toBe('Richiesta non valida: serve un oggetto JSON.')
    expect((await act(operator, practice.id, 'nota', { message: 42 })).status).toBe(400)
  })
})

describe('refusals, in Italian', () => {
  it('asking for documents needs the message', async () => {
    const practice = await practiceIn('in-lavorazione')
    const res = await act(operator, practice.id, 'chiedi-integrazioni', { message: '   ' })
    expect(res.status).toBe(400)
    expect(await errorOf(res)).toBe('Scrivi al cittadino quali documenti o informazioni servono.')
    expect((await read(practice.id)).status).toBe('in-lavorazione')
  })

  it('rejecting needs the reason (art. 3)', async () => {
    const res = await act(operator, (await practiceIn('presentata')).id, 'respingi', {})
    expect(res.status).toBe(400)
    expect(await errorOf(res)).toMatch(/motivo.*art\. 3/)
  })

  it('a move the workflow refuses is 409 and names where it can go', async () => {
    const res = await act(operator, (await practiceIn('presentata')).id, 'accogli', {})
    expect(res.status).toBe(409)
    expect(await errorOf(res)).toBe(refusedMoveToItalian('presentata', 'accolta'))
    expect(await errorOf(await act(operator, (await practiceIn('respinta')).id, 'chiudi', { message: 'x' }))).toBe('Non è possibile passare da «Respinta» a «Chiusa»: una pratica «Respinta» è conclusa e non cambia più stato.')
  })

  it('closing needs a message, unless the application was granted', async () => {
    expect(await errorOf(await act(operator, (await practiceIn('in-lavorazione')).id, 'chiudi', {}))).toBe('Scrivi al cittadino perché la pratica viene chiusa.')
    const granted = await practiceIn('accolta')
    expect((await act(operator, granted.id, 'chiudi', {})).status).toBe(200)
    expect((await read(granted.id)).status).toBe('chiusa')
  })

  it('assigns only to an operator of the responsible office', async () => {
    const practice = await practiceIn('in-lavorazione')
    const res = await act(operator, practice.id, 'assegna', { assignee: stranger.user.id })
    expect(res.status).toBe(400)
    expect(await errorOf(res)).toBe('La pratica può essere assegnata solo a un operatore dell’ufficio responsabile o a un amministratore.')
    expect(await errorOf(await act(operator, practice.id, 'assegna', {}))).toBe('Scegli l’operatore a cui assegnare la pratica.')
  })
})

describe('the workflow, with history and the citizen told', () => {
  it('takes charge once under a double click: assigned, in lavorazione, one entry each, one message', async () => {
    const practice = await practiceIn('presentata')
    const [first, second] = await Promise.all([act(operator, practice.id, 'prendi-in-carico'), act(operator, practice.id, 'prendi-in-carico')])
    expect([first.status, second.status]).toEqual([200, 200])
    expect((await act(operator, practice.id, 'prendi-in-carico')).status).toBe(200)
    const now = await read(practice.id)
    expect(now).toMatchObject({ status: 'in-lavorazione', assignee: operator.user.id })
    const events = await eventsOf(practice.id)
    expect(events.map((e) => e.kind).sort()).toEqual(['assegnazione', 'stato'])
    expect(events.find((e) => e.kind === 'assegnazione')).toMatchObject({ message: 'Presa in carico da Operatrice Rossi', visibleToCitizen: false, actor: operator.user.id })
    expect(await messagesOf(practice.id)).toHaveLength(1)
  })

  it('assigns to a colleague, written in the history only', async () => {
    const practice = await practiceIn('in-lavorazione')
    expect((await act(operator, practice.id, 'assegna', { assignee: String(colleague.user.id) })).status).toBe(200)
    expect((await read(practice.id)).assignee).toBe(colleague.user.id)
    expect((await eventsOf(practice.id)).map((e) => [e.kind, e.message])).toEqual([['assegnazione', 'Assegnata a Operatore Bianchi']])
    expect(await messagesOf(practice.id)).toHaveLength(0)
  })

  it('asks for documents: waiting for the citizen, the request open, the term suspended, the citizen told', async () => {
    const practice = await practiceIn('in-lavorazione')
    const res = await act(operator, practice.id, 'chiedi-integrazioni', { message: 'Serve la fototessera recente.' })
    expect(res.status).toBe(200)
    const now = await read(practice.id)
    expect(now).toMatchObject({ status: 'in-attesa-cittadino', openRequest: 'Serve la fototessera recente.' })
    expect(now.suspendedSince).toBeTruthy()
    expect(now.openRequestAt).toBeTruthy()
    expect((await eventsOf(practice.id)).map((e) => [e.kind, e.toStatus, e.visibleToCitizen])).toEqual([['richiesta-integrazioni', 'in-attesa-cittadino', true]])
    const [message] = await messagesOf(practice.id)
    expect(JSON.stringify(message)).toContain('Serve la fototessera recente.')
  })

  it('writes to the citizen without moving the application, and keeps internal notes from them', async () => {
    const practice = await practiceIn('in-lavorazione')
    await act(operator, practice.id, 'scrivi', { message: 'La pratica è in esame.' })
    await act(operator, practice.id, 'nota', { message: 'Verificare il verbale della ASL' })
    expect((await read(practice.id)).status).toBe('in-lavorazione')
    expect((await eventsOf(practice.id)).map((e) => [e.kind, e.visibleToCitizen])).toEqual([['messaggio', true], ['nota-interna', false]])
    const messages = await messagesOf(practice.id)
    expect(messages).toHaveLength(1)
    expect(JSON.stringify(messages)).not.toContain('ASL')
  })

  it('grants and rejects with the date of the decision', async () => {
    const granted = await practiceIn('in-lavorazione')
    expect((await act(operator, granted.id, 'accogli', { message: 'Il contrassegno è pronto.' })).status).toBe(200)
    expect(await read(granted.id)).toMatchObject({ status: 'accolta', decidedAt: expect.any(String) })
    const rejected = await practiceIn('in-attesa-cittadino')
    expect((await act(operator, rejected.id, 'respingi', { message: 'Manca il requisito di residenza.' })).status).toBe(200)
    expect(await read(rejected.id)).toMatchObject({ status: 'respinta', decidedAt: expect.any(String), openRequest: null })
    expect((await eventsOf(rejected.id)).map((e) => [e.kind, e.fromStatus, e.toStatus, e.message])).toEqual([['stato', 'in-attesa-cittadino', 'respinta', 'Manca il requisito di residenza.']])
  })
})

describe('who the application can be assigned to', () => {
  it('lists the operators of the responsible office (and admins), by name, to those who may read the application only', async () => {
    const practice = await practiceIn('presentata')
    const res = await restAs(t, operator.token, 'GET', `/practices/${practice.id}/operatori`)
    expect(res.status).toBe(200)
    const { operators } = (await res.json()) as { operators: { id: number; name: string }[] }
    expect(operators.map((o) => o.name)).toEqual(expect.arrayContaining(['Operatrice Rossi', 'Operatore Bianchi']))
    expect(operators.map((o) => o.id)).not.toContain(stranger.user.id)
    expect(operators.map((o) => o.id)).not.toContain(editor.user.id)
    expect(Object.keys(operators[0]!)).toEqual(['id', 'name'])
    expect((await restAs(t, stranger.token, 'GET', `/practices/${practice.id}/operatori`)).status).toBe(404)
  })
})

describe('the legal term across a request for documents', () => {
  it('stops while waiting and moves the due date by the days waited', async () => {
    const practice = await practiceIn('in-lavorazione')
    const submittedAt = '2026-03-02T10:00:00+01:00'
    await payload.update({ collection: 'practices', id: practice.id, data: { submittedAt, ...termAtSubmission({ maxDays: 30, termUnit: 'calendario' }, submittedAt) }, context: { system: true } })
    expect((await read(practice.id)).dueAt).toBe('2026-04-01T21:59:59.999Z')
    const req = await createLocalReq({ user: operator.user }, payload)
    await actOnPractice(req, 'chiedi-integrazioni', String(practice.id), { message: 'Serve il certificato medico.' }, new Date('2026-03-10T10:00:00+01:00'))
    expect((await read(practice.id)).suspendedSince).toBe('2026-03-10T09:00:00.000Z')
    // The office decides a week later without waiting any longer: the suspension closes, 7 days.
    await actOnPractice(req, 'respingi', String(practice.id), { message: 'Il certificato non è arrivato.' }, new Date('2026-03-17T09:00:00+01:00'))
    const decided = await read(practice.id)
    expect(decided).toMatchObject({ suspendedSince: null, suspensions: [{ from: '2026-03-10T09:00:00.000Z', to: '2026-03-17T08:00:00.000Z' }], dueAt: '2026-04-08T21:59:59.999Z' })
  })
})
