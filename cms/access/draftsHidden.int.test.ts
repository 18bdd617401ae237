import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { attachmentFiles, privateAttachmentsDir } from '../practices/attachmentFiles'
import { recordPracticeEvent } from '../practices/recordPracticeEvent'
import { startTestPayload, type TestPayload } from '../testing/testPayload'

let t: TestPayload
let payload: Payload
const password = 'Password-di-prova-lunga-1'
const richText = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
    { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] },
  ] },
})

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
})
afterAll(async () => t?.cleanup())

/** A staff member with a REST token, as the admin would have after signing in. */
async function staff(name: string, roles: ('admin' | 'operator')[], offices: number[] = []) {
  const email = `${name}.${Math.random().toString(36).slice(2)}@comune.test`
  const user = await payload.create({ collection: 'users', data: { name, email, password, roles, offices } as never })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { user: { ...user, collection: 'users' as const }, token: token! }
}

/**
 * A citizen's draft with everything a draft can have around it: its creation in the history, an
 * attachment with its file, a message and a register entry (what a submission cut short leaves).
 */
async function draftWithEverything(officeId: number, serviceId: number) {
  const citizen = await payload.create({ collection: 'citizens', data: { fiscalCode: `CPTGNN85C54B${Math.floor(Math.random() * 900 + 100)}W`, givenName: 'Giovanna', familyName: 'Caputo' } })
  const practice = await payload.create({
    collection: 'practices', context: { system: true },
    data: { title: 'Contrassegno', applicantName: 'Giovanna Caputo', applicantFiscalCode: citizen.fiscalCode, data: { note: 'segreta' }, service: serviceId, office: officeId, citizen: citizen.id, status: 'bozza', version: 1 },
  })
  const req = { payload } as never
  await recordPracticeEvent({ practice, kind: 'creata', req, actorType: 'cittadino', visibleToCitizen: true })
  const storageKey = await attachmentFiles(privateAttachmentsDir()).save(new TextEncoder().encode('%PDF-1.7 bozza'))
  const attachment = await payload.create({ collection: 'practice-attachments', data: { practice: practice.id, office: officeId, slot: 'identity', filename: 'carta.pdf', mime: 'application/pdf', size: 14, sha256: '0'.repeat(64), storageKey, source: 'domanda' } })
  await payload.create({ collection: 'citizen-messages', data: { citizen: citizen.id, practice: practice.id, subject: 'Domanda presentata', body: 'Protocollo in corso' } })
  await payload.create({ collection: 'protocol-register', data: { protocolNumber: `2026/${String(practice.id).padStart(6, '0')}`, year: 2026, sequence: practice.id, registeredAt: new Date().toISOString(), practice: practice.id, subject: 'Contrassegno' } })
  return { practice, attachment }
}

/** A REST call to the admin's API, as the browser of the signed-in staff member makes it. */
async function rest(token: string, path: string) {
  const { default: config } = await import('../payload.config')
  const request = new Request(`http://localhost:3001/api${path}`, { headers: { Authorization: `JWT ${token}` } })
  return handleEndpoints({ config, request, payloadInstanceCacheKey: t.dataDir })
}
const restDocs = async (token: string, path: string) => {
  const res = await rest(token, path)
  expect(res.status).toBe(200)
  return ((await res.json()) as { docs: unknown[] }).docs
}

describe('a citizen’s draft in the back office', () => {
  it('shows nothing of a draft — history, attachments, their files, messages, register — until it is submitted', async () => {
    const office = await payload.create({ collection: 'offices', data: { title: 'Ufficio Mobilità', slug: 'mobilita-bozze', type: 'ufficio', summary: 'Ufficio di prova', _status: 'published' } as never })
    const service = await payload.create({
      collection: 'services',
      data: { title: 'Contrassegno', slug: 'contrassegno-bozze', summary: 'Servizio di prova', category: 'mobilita-e-trasporti', audience: richText('Tutti'), howTo: richText('Online'), needed: richText('Documento'), output: richText('Contrassegno'), times: richText('30 giorni'), office: office.id, _status: 'published' } as never,
    })
    const operator = await staff('Operatrice', ['operator'], [office.id])
    const admin = await staff('Amministratore', ['admin'])
    const { practice, attachment } = await draftWithEverything(office.id, service.id)
    const about = { practice: { equals: practice.id } }
    const local = (collection: 'practice-events' | 'practice-attachments' | 'citizen-messages' | 'protocol-register', user: typeof operator.user) =>
      payload.find({ collection, where: about, overrideAccess: false, user }).then((r) => r.totalDocs, () => 0)
    const query = `?where[practice][equals]=${practice.id}`
    const seen = async () => ({
      events: [await local('practice-events', operator.user), (await restDocs(operator.token, `/practice-events${query}`)).length],
      attachments: [await local('practice-attachments', operator.user), (await restDocs(operator.token, `/practice-attachments${query}`)).length],
      download: (await rest(operator.token, `/practice-attachments/${attachment.id}/file`)).status,
      operatorMessages: await local('citizen-messages', operator.user),
      messages: [await local('citizen-messages', admin.user), (await restDocs(admin.token, `/citizen-messages${query}`)).length],
      register: [await local('protocol-register', admin.user), (await restDocs(admin.token, `/protocol-register${query}`)).length],
      adminEvents: await local('practice-events', admin.user),
    })

    expect(await seen()).toEqual({ events: [0, 0], attachments: [0, 0], download: 404, operatorMessages: 0, messages: [0, 0], register: [0, 0], adminEvents: 0 })
    await payload.update({ collection: 'practices', id: practice.id, data: { status: 'presentata', submittedAt: new Date().toISOString() }, context: { system: true } })
    expect(await seen()).toEqual({ events: [1, 1], attachments: [1, 1], download: 200, operatorMessages: 0, messages: [1, 1], register: [1, 1], adminEvents: 1 })
  })

  it('keeps readable the messages to citizens that are about no application', async () => {
    const admin = await staff('Amministratrice', ['admin'])
    const citizen = await payload.create({ collection: 'citizens', data: { fiscalCode: 'VLNMRC79H03B180T', givenName: 'Marco', familyName: 'Valente' } })
    const message = await payload.create({ collection: 'citizen-messages', data: { citizen: citizen.id, subject: 'Avviso', body: 'Un avviso generale' } })
    expect((await payload.findByID({ collection: 'citizen-messages', id: message.id, overrideAccess: false, user: admin.user })).subject).toBe('Avviso')
  })
})
