import { handleEndpoints, type Payload } from 'payload'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayloadWithMailbox, type PayloadWithMailbox } from '../appointments/testSetup'
import { relationId } from '../relationId'
import { settingsOf } from '../settings/cmsSettings'
import { createOfficeWithService, createPractice, staffMember } from '../testing/backOffice'
import { attachmentFiles, privateAttachmentsDir } from './attachmentFiles'
import type { PracticeStatus } from './workflow'
import { runNotifications } from '../testing/runNotifications'

let env: PayloadWithMailbox
let payload: Payload
type Staff = Awaited<ReturnType<typeof staffMember>>
let operator: Staff
let stranger: Staff
let ids: { officeId: number; serviceId: number }
let pdf: Uint8Array

beforeAll(async () => {
  env = await startPayloadWithMailbox()
  payload = env.payload
  const { office, service } = await createOfficeWithService(payload)
  const other = await createOfficeWithService(payload)
  ids = { officeId: office.id, serviceId: service.id }
  operator = await staffMember(payload, 'Operatrice Rossi', ['operator'], [office.id])
  stranger = await staffMember(payload, 'Operatore di altro ufficio', ['operator'], [other.office.id])
  const doc = await PDFDocument.create()
  doc.addPage().drawText('Determina dirigenziale di prova')
  pdf = await doc.save()
})
afterAll(async () => env?.cleanup())

/** A decided application with a protocol number, whose citizen has an email address. */
async function practiceIn(status: PracticeStatus) {
  const practice = await createPractice(payload, { ...ids, status })
  await payload.update({ collection: 'citizens', id: relationId(practice.citizen), data: { idpEmail: `cittadino-${practice.id}@example.it` } })
  return payload.update({ collection: 'practices', id: practice.id, data: { protocolNumber: `2026/${String(practice.id).padStart(6, '0')}` }, context: { system: true } })
}
const attach = (who: Staff | null, id: number, file: Blob | null, message = '') => {
  const body = new FormData()
  if (file) body.set('file', file, 'determina.pdf')
  if (message) body.set('messaggio', message)
  const request = new Request(`http://localhost:3001/api/practices/${id}/atto-finale`, { method: 'POST', body, headers: who ? { authorization: `JWT ${who.token}` } : {} })
  return handleEndpoints({ config: payload.config, request, payloadInstanceCacheKey: env.t.dataDir })
}
const errorOf = async (res: Response) => ((await res.json()) as { errors?: { message?: string }[] }).errors?.[0]?.message
const finalActsOf = async (id: number) => (await payload.find({ collection: 'practice-attachments', where: { practice: { equals: id }, source: { equals: 'atto-finale' } }, depth: 0, pagination: false })).docs
const asPdf = (bytes: Uint8Array) => new Blob([Buffer.from(bytes)], { type: 'application/pdf' })

describe('Allega l’atto finale', () => {
  it('keeps the PDF privately, writes a history entry the citizen sees, and tells them in the desk and by email', async () => {
    const practice = await practiceIn('accolta')
    const res = await attach(operator, practice.id, asPdf(pdf), 'In allegato la determina di concessione.')
    expect(res.status).toBe(201)
    const [act] = await finalActsOf(practice.id)
    expect(act).toMatchObject({ slot: 'atto-finale', source: 'atto-finale', mime: 'application/pdf', size: pdf.length, filename: `atto-finale-2026-${String(practice.id).padStart(6, '0')}.pdf`, office: ids.officeId })
    const stored = await attachmentFiles(privateAttachmentsDir(settingsOf(payload).dataDir)).read(act!.storageKey)
    expect(Buffer.from(stored!).equals(Buffer.from(pdf))).toBe(true)
    const events = (await payload.find({ collection: 'practice-events', where: { practice: { equals: practice.id } }, depth: 0 })).docs
    expect(events).toEqual([expect.objectContaining({ kind: 'messaggio', visibleToCitizen: true, actorLabel: 'Operatrice Rossi', message: `Atto finale allegato: ${act!.filename}.\nIn allegato la determina di concessione.` })])
    const messages = (await payload.find({ collection: 'citizen-messages', where: { practice: { equals: practice.id } }, depth: 0 })).docs
    expect(messages).toEqual([expect.objectContaining({ subject: `Atto finale della pratica ${practice.protocolNumber}` })])
    await runNotifications(payload)
    const mail = env.mailbox.to(`cittadino-${practice.id}@example.it`)[0]
    expect(mail?.subject).toBe(`Atto finale della pratica ${practice.protocolNumber}`)
    expect(mail?.text).toContain('/area-personale/pratica/?id=')
    // Staff of the office download it like any attachment.
    const download = await handleEndpoints({ config: payload.config, payloadInstanceCacheKey: env.t.dataDir, request: new Request(`http://localhost:3001/api/practice-attachments/${act!.id}/file`, { headers: { authorization: `JWT ${operator.token}` } }) })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/pdf')
    // One final act per application, a double click included.
    const again = await attach(operator, practice.id, asPdf(pdf))
    expect(again.status).toBe(409)
    expect(await errorOf(again)).toBe('L’atto finale di questa pratica è già allegato.')
    const other = await practiceIn('chiusa')
    const twice = await Promise.all([attach(operator, other.id, asPdf(pdf)), attach(operator, other.id, asPdf(pdf))])
    expect(twice.map((r) => r.status).sort()).toEqual([201, 409])
    expect(await finalActsOf(other.id)).toHaveLength(1)
  })

  it('is only for a decided application (respinta and chiusa too)', async () => {
    for (const status of ['presentata', 'in-lavorazione', 'in-attesa-cittadino'] as const) {
      const open = await practiceIn(status)
      const res = await attach(operator, open.id, asPdf(pdf))
      expect(res.status).toBe(409)
      expect(await errorOf(res)).toBe('L’atto finale si allega a una pratica già decisa: accolta, respinta o chiusa.')
      expect(await finalActsOf(open.id)).toEqual([])
    }
    for (const status of ['respinta', 'chiusa'] as const) expect((await attach(operator, (await practiceIn(status)).id, asPdf(pdf))).status).toBe(201)
  })

  it('checks the file by its content and size, in Italian, and keeps nothing refused', async () => {
    const practice = await practiceIn('accolta')
    const cases: [Blob | null, number, string][] = [
      [null, 400, 'Scegli il file PDF dell’atto finale.'],
      [new Blob([Buffer.from('%PDF-1.7 finto, non un PDF')], { type: 'application/pdf' }), 422, 'Il PDF è danneggiato o incompleto: esportalo di nuovo e riprova.'],
      [new Blob([Buffer.from('GIF89a un’immagine col nome sbagliato')], { type: 'application/pdf' }), 415, 'Il file non è un PDF: l’atto finale si allega in formato PDF.'],
      [new Blob([Buffer.from(pdf), new Uint8Array(10 * 1024 * 1024)], { type: 'application/pdf' }), 413, 'Il file supera la dimensione massima di 10 MB.'],
    ]
    for (const [file, status, message] of cases) {
      const res = await attach(operator, practice.id, file)
      expect(res.status, message).toBe(status)
      expect(await errorOf(res)).toBe(message)
    }
    expect(await finalActsOf(practice.id)).toEqual([])
  })

  it('answers 404 to an operator of another office and 401 to nobody', async () => {
    const practice = await practiceIn('accolta')
    expect((await attach(stranger, practice.id, asPdf(pdf))).status).toBe(404)
    expect((await attach(null, practice.id, asPdf(pdf))).status).toBe(401)
    expect(await finalActsOf(practice.id)).toEqual([])
  })
})
