import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { attachmentFiles, privateAttachmentsDir } from '../practices/attachmentFiles'
import { recordPracticeEvent } from '../practices/recordPracticeEvent'
import { createOfficeWithService, createPractice, restAs, staffMember } from '../testing/backOffice'
import { startTestPayload, type TestPayload } from '../testing/testPayload'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
})
afterAll(async () => t?.cleanup())

/**
 * A citizen's draft with everything a draft can have around it: its creation in the history, an
 * attachment with its file, a message and a register entry (what a submission cut short leaves).
 */
async function draftWithEverything(officeId: number, serviceId: number) {
  const practice = await createPractice(payload, { officeId, serviceId, status: 'bozza' })
  await recordPracticeEvent({ practice, kind: 'creata', req: { payload } as never, actorType: 'cittadino', visibleToCitizen: true })
  const storageKey = await attachmentFiles(privateAttachmentsDir(t.dataDir)).save(new TextEncoder().encode('%PDF-1.7 bozza'))
  const attachment = await payload.create({ collection: 'practice-attachments', data: { practice: practice.id, office: officeId, slot: 'identity', filename: 'carta.pdf', mime: 'application/pdf', size: 14, sha256: '0'.repeat(64), storageKey, source: 'domanda' } })
  await payload.create({ collection: 'citizen-messages', data: { citizen: practice.citizen as number, practice: practice.id, subject: 'Domanda presentata', body: 'Protocollo in corso' } })
  await payload.create({ collection: 'protocol-register', data: { protocolNumber: `2026/${String(practice.id).padStart(6, '0')}`, year: 2026, sequence: practice.id, registeredAt: new Date().toISOString(), practice: practice.id, subject: 'Contrassegno' } })
  return { practice, attachment }
}

describe('a citizen’s draft in the back office', () => {
  it('shows nothing of a draft — history, attachments, their files, messages, register — until it is submitted', async () => {
    const { office, service } = await createOfficeWithService(payload)
    const operator = await staffMember(payload, 'Operatrice', ['operator'], [office.id])
    const admin = await staffMember(payload, 'Amministratore', ['admin'])
    const { practice, attachment } = await draftWithEverything(office.id, service.id)
    const local = (collection: 'practice-events' | 'practice-attachments' | 'citizen-messages' | 'protocol-register', user: typeof operator.user) =>
      payload.find({ collection, where: { practice: { equals: practice.id } }, overrideAccess: false, user }).then((r) => r.totalDocs, () => 0)
    const rest = async (token: string, collection: string) => {
      const res = await restAs(t, token, 'GET', `/${collection}?where[practice][equals]=${practice.id}`)
      expect(res.status).toBe(200)
      return ((await res.json()) as { totalDocs: number }).totalDocs
    }
    const seen = async () => ({
      events: [await local('practice-events', operator.user), await rest(operator.token, 'practice-events')],
      attachments: [await local('practice-attachments', operator.user), await rest(operator.token, 'practice-attachments')],
      download: (await restAs(t, operator.token, 'GET', `/practice-attachments/${attachment.id}/file`)).status,
      operatorMessages: await local('citizen-messages', operator.user),
      messages: [await local('citizen-messages', admin.user), await rest(admin.token, 'citizen-messages')],
      register: [await local('protocol-register', admin.user), await rest(admin.token, 'protocol-register')],
      adminEvents: await local('practice-events', admin.user),
    })

    expect(await seen()).toEqual({ events: [0, 0], attachments: [0, 0], download: 404, operatorMessages: 0, messages: [0, 0], register: [0, 0], adminEvents: 0 })
    await payload.update({ collection: 'practices', id: practice.id, data: { status: 'presentata', submittedAt: new Date().toISOString() }, context: { system: true } })
    expect(await seen()).toEqual({ events: [1, 1], attachments: [1, 1], download: 200, operatorMessages: 0, messages: [1, 1], register: [1, 1], adminEvents: 1 })
  })

  it('keeps readable the messages to citizens that are about no application', async () => {
    const admin = await staffMember(payload, 'Amministratrice', ['admin'])
    const citizen = await payload.create({ collection: 'citizens', data: { fiscalCode: 'VLNMRC79H03B180T', givenName: 'Marco', familyName: 'Valente' } })
    const message = await payload.create({ collection: 'citizen-messages', data: { citizen: citizen.id, subject: 'Avviso', body: 'Un avviso generale' } })
    expect((await payload.findByID({ collection: 'citizen-messages', id: message.id, overrideAccess: false, user: admin.user })).subject).toBe('Avviso')
  })
})
