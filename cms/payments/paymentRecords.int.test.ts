import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PaymentPosition } from '../payload-types'
import { restAs, staffMember } from '../testing/backOffice'
import { startTestPayload, type TestPayload } from '../testing/testPayload'

let t: TestPayload
let payload: Payload
let office: number
let otherOffice: number
let operator: { call: (method: string, path: string, body?: unknown) => Promise<Response> }
let operatorId: number

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const newOffice = async (slug: string) => (await payload.create({ collection: 'offices', data: { title: `Ufficio ${slug}`, slug, type: 'ufficio', summary: 'Ufficio di prova', _status: 'published' } as never })).id
  office = await newOffice('tributi')
  otherOffice = await newOffice('mobilita')
  const clerk = await staffMember(payload, 'Anna Operatrice', ['operator'], [office])
  operatorId = clerk.user.id
  operator = { call: (method, path, body) => restAs(t, clerk.token, method, path, body) }
})
afterAll(async () => t?.cleanup())

const due = () => new Date(Date.now() + 20 * 86_400_000).toISOString()
const systemPosition = (data: Partial<PaymentPosition> = {}) =>
  payload.create({ collection: 'payment-positions', data: { reason: 'TARI 2026', amountCents: 12_000, dueDate: due(), debtorFiscalCode: 'CPTGNN85C54B180W', debtorName: 'Giovanna Caputo', office, source: 'operatore', ...data } as PaymentPosition, depth: 0 })
const reload = (id: number) => payload.findByID({ collection: 'payment-positions', id, depth: 0 })
const trailOf = async (position: number) => (await payload.find({ collection: 'payment-events', where: { position: { equals: position } }, sort: 'createdAt', depth: 0 })).docs

describe('payment records belong to the system', () => {
  it('refuses every write of an operator to a position over REST, field by field, and leaves it untouched', async () => {
    const position = await systemPosition()
    const receipt = await payload.create({ collection: 'payment-receipts', data: { receiptId: 'ric-finta', noticeCode: position.noticeCode!, creditorFiscalCode: '00081490748', amountCents: 1, paidAt: new Date().toISOString(), reconciliation: 'da-riconciliare' } })
    const writes: Record<string, unknown>[] = [
      { status: 'pagata' }, { paidAt: new Date().toISOString() }, { receipt: receipt.id }, { amountCents: 1 }, { debtorFiscalCode: 'VLNMRC79H03B180T' },
      { debtorName: 'Altro debitore' }, { office: otherOffice }, { service: null }, { applicationRef: 'pratica-1' }, { registeredAt: new Date().toISOString() }, { reason: 'Altra causale' }, { dueDate: due() },
    ]
    for (const data of writes) {
      const res = await operator.call('PATCH', `/payment-positions/${position.id}`, data)
      expect(res.status, JSON.stringify(data)).toBe(403)
    }
    expect((await operator.call('PATCH', `/payment-positions?where[id][equals]=${position.id}`, { status: 'pagata' })).status).toBe(403)
    expect(await reload(position.id)).toMatchObject({ status: 'da-pagare', amountCents: 12_000, debtorFiscalCode: 'CPTGNN85C54B180W', office, paidAt: null, receipt: null })
    expect((await operator.call('DELETE', `/payment-positions/${position.id}`)).status).toBe(403)
  })

  it('creates a position for an operator over REST but never paid, linked to an application or of another origin', async () => {
    const res = await operator.call('POST', '/payment-positions', {
      reason: 'Diritti di segreteria', amountCents: 1, dueDate: due(), debtorFiscalCode: 'VLNMRC79H03B180T', debtorName: 'Marco Valente', office,
      status: 'pagata', paidAt: new Date().toISOString(), applicationRef: 'pratica-7', source: 'servizio', registeredAt: new Date().toISOString(), noticeCode: '301000000000000000',
    })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: PaymentPosition }
    expect(doc).toMatchObject({ status: 'da-pagare', source: 'operatore', paidAt: null, registeredAt: null })
    expect(doc.applicationRef ?? null).toBeNull()
    expect(doc.noticeCode).not.toBe('301000000000000000')
    const [created] = await trailOf(doc.id)
    expect(created).toMatchObject({ action: 'creata', actorType: 'operatore', actor: operatorId, actorLabel: 'Anna Operatrice' })
    expect((await operator.call('POST', '/payment-positions', { reason: 'Altro ufficio', amountCents: 100, dueDate: due(), debtorFiscalCode: 'VLNMRC79H03B180T', debtorName: 'M', office: otherOffice })).status).toBe(403)
  })

  it('lets nobody edit or delete a receipt or the payments trail over REST', async () => {
    const receipt = await payload.create({ collection: 'payment-receipts', data: { receiptId: 'ric-immutabile', noticeCode: '301000000000000001', creditorFiscalCode: '00081490748', amountCents: 500, paidAt: new Date().toISOString(), reconciliation: 'da-riconciliare', problem: 'avviso-sconosciuto' } })
    expect((await operator.call('PATCH', `/payment-receipts/${receipt.id}`, { amountCents: 1, reconciliation: 'riconciliata' })).status).toBe(403)
    expect((await operator.call('DELETE', `/payment-receipts/${receipt.id}`)).status).toBe(403)
    const { user: admin } = await staffMember(payload, 'Amministratrice', ['admin'])
    await expect(payload.update({ collection: 'payment-receipts', id: receipt.id, data: { amountCents: 1 }, overrideAccess: false, user: admin })).rejects.toThrow()
    await expect(payload.delete({ collection: 'payment-receipts', id: receipt.id, overrideAccess: false, user: admin })).rejects.toThrow()
    const [event] = (await payload.find({ collection: 'payment-events', limit: 1, depth: 0 })).docs
    await expect(payload.update({ collection: 'payment-events', id: event!.id, data: { reason: 'riscritto' }, overrideAccess: false, user: admin })).rejects.toThrow()
    await expect(payload.delete({ collection: 'payment-events', id: event!.id, overrideAccess: false, user: admin })).rejects.toThrow()
    await expect(payload.create({ collection: 'payment-events', data: { action: 'creata', actorType: 'sistema', actorLabel: 'x' }, overrideAccess: false, user: admin })).rejects.toThrow()
    expect((await payload.find({ collection: 'payment-events', overrideAccess: false, user: admin })).totalDocs).toBeGreaterThan(0)
    expect((await operator.call('GET', '/payment-events')).status).toBe(403)
  })
})

describe('named actions on payments', () => {
  it('corrects the amount and due date of a position not on pagoPA yet, with who, when, before and after in the trail', async () => {
    const position = await systemPosition()
    const res = await operator.call('POST', `/payment-positions/${position.id}/correggi`, { amountCents: 9_900, dueDate: '2027-01-31', reason: 'Riduzione per ISEE' })
    expect(res.status).toBe(200)
    expect(await reload(position.id)).toMatchObject({ amountCents: 9_900 })
    const corrected = (await trailOf(position.id)).find((e) => e.action === 'corretta')
    expect(corrected).toMatchObject({ actor: operatorId, reason: 'Riduzione per ISEE' })
    expect(corrected?.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'Importo', before: '120,00 €', after: '99,00 €' }), expect.objectContaining({ field: 'Scadenza', after: '31/01/2027' })]))
  })

  it('refuses to correct a position registered with pagoPA, raised by a service, or without a reason, in Italian', async () => {
    const registered = await systemPosition({ registeredAt: new Date().toISOString() })
    const refused = await operator.call('POST', `/payment-positions/${registered.id}/correggi`, { amountCents: 1, reason: 'Prova di modifica' })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(await refused.json())).toContain('già pubblicata su pagoPA')
    const fee = await systemPosition({ source: 'servizio' })
    expect((await operator.call('POST', `/payment-positions/${fee.id}/correggi`, { amountCents: 1, reason: 'Prova di modifica' })).status).toBe(409)
    const noReason = await operator.call('POST', `/payment-positions/${(await systemPosition()).id}/correggi`, { amountCents: 1 })
    expect(noReason.status).toBe(400)
    expect(JSON.stringify(await noReason.json())).toContain('Scrivi il motivo')
    expect((await reload(registered.id)).amountCents).toBe(12_000)
  })

  it('cancels an unpaid position with its reason, never a paid one, and never one of another office', async () => {
    const position = await systemPosition()
    expect((await operator.call('POST', `/payment-positions/${position.id}/annulla`, { reason: 'Emessa per errore' })).status).toBe(200)
    expect((await reload(position.id)).status).toBe('annullata')
    expect((await trailOf(position.id)).find((e) => e.action === 'annullata')).toMatchObject({ reason: 'Emessa per errore', actorType: 'operatore' })
    const paid = await systemPosition({ status: 'pagata' })
    expect((await operator.call('POST', `/payment-positions/${paid.id}/annulla`, { reason: 'Emessa per errore' })).status).toBe(409)
    const foreign = await systemPosition({ office: otherOffice })
    expect((await operator.call('POST', `/payment-positions/${foreign.id}/annulla`, { reason: 'Emessa per errore' })).status).toBe(404)
    expect((await reload(foreign.id)).status).toBe('da-pagare')
  })

  it('closes a receipt to reconcile with a note, once, and keeps it in the trail', async () => {
    const position = await systemPosition()
    const receipt = await payload.create({ collection: 'payment-receipts', data: { receiptId: 'ric-da-chiudere', noticeCode: position.noticeCode!, creditorFiscalCode: '00081490748', amountCents: 100, paidAt: new Date().toISOString(), position: position.id, reconciliation: 'da-riconciliare', problem: 'importo-diverso' } })
    expect((await operator.call('POST', `/payment-receipts/${receipt.id}/riconcilia`, { note: 'Rimborsato con bonifico' })).status).toBe(200)
    expect((await payload.findByID({ collection: 'payment-receipts', id: receipt.id })).reconciliation).toBe('riconciliata')
    expect((await operator.call('POST', `/payment-receipts/${receipt.id}/riconcilia`, { note: 'Di nuovo' })).status).toBe(409)
    const { docs } = await payload.find({ collection: 'payment-events', where: { receipt: { equals: receipt.id } }, depth: 0 })
    expect(docs).toEqual([expect.objectContaining({ action: 'riconciliata', reason: 'Rimborsato con bonifico', actor: operatorId })])
  })

  it('records the system’s own changes too, such as a position becoming paid', async () => {
    const position = await systemPosition()
    await payload.update({ collection: 'payment-positions', id: position.id, data: { status: 'pagata', paidAt: new Date().toISOString() }, context: { paymentReason: 'Saldata dalla ricevuta X' } })
    expect((await trailOf(position.id)).at(-1)).toMatchObject({ action: 'aggiornata', actorType: 'sistema', reason: 'Saldata dalla ricevuta X' })
  })
})
