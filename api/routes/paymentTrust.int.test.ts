import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PaymentPosition } from '../../cms/payload-types'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { paymentStore } from '../data/payments'
import { recordReceipt } from '../services/receipts'
import { startPortalWithPayments, type PortalWithPayments } from '../testing/portalWithPayments'
import { createPracticeFixtures } from '../testing/practiceFixtures'

let t: TestPayload
let portal: PortalWithPayments
let giovanna: string
let f: Awaited<ReturnType<typeof createPracticeFixtures>>

const GIOVANNA = 'CPTGNN85C54B180W'
const MARCO = 'VLNMRC79H03B180T'
const complete = { givenName: 'Giovanna', fiscalCode: GIOVANNA, email: 'giovanna@example.it', kind: 'nuovo', accept: true }
type View = { id: number; version: number; status: string; fee: { positionId: number | null; paid: boolean } | null }

beforeAll(async () => {
  t = await startTestPayload()
  portal = await startPortalWithPayments(t, { SPORTELLO_PAGOPA_RECEIPT_SENDERS: '203.0.113.0/24, 2001:db8::1' })
  giovanna = (await portal.logIn(GIOVANNA)).cookie
  f = await createPracticeFixtures(t.payload, 'fiducia')
})
afterAll(async () => {
  await portal?.close()
  await t?.cleanup()
})

const call = (method: string, path: string, body?: unknown) =>
  portal.app.request(path, { method, headers: { cookie: giovanna, origin: portal.origin, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) })
const json = async <T = View>(res: Response) => (await res.json()) as T
/** A filled draft of the service with a fee, and its fee position raised through the citizen's API. */
async function draftWithFee(): Promise<{ draft: View; position: PaymentPosition }> {
  const started = await json(await call('POST', '/api/me/pratiche', { service: f.feeService.slug }))
  const draft = await json(await call('PUT', `/api/me/pratiche/${started.id}`, { version: started.version, data: complete }))
  const fee = await json<{ positionId: number }>(await call('POST', `/api/me/pratiche/${draft.id}/diritti`, {}))
  return { draft, position: await t.payload.findByID({ collection: 'payment-positions', id: fee.positionId, depth: 0 }) }
}
const settle = (p: PaymentPosition, receiptId: string) =>
  recordReceipt(paymentStore(t.payload), p.creditorFiscalCode!, { receiptId, noticeNumber: p.noticeCode!, fiscalCode: p.creditorFiscalCode!, paymentAmount: (p.amountCents / 100).toFixed(2), paymentDateTime: new Date().toISOString() })
const submit = (draft: View) => call('POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true })
const fromAddress = (address: string) => ({ incoming: { socket: { remoteAddress: address } } })
const sendReceipt = (receipt: Record<string, unknown>, address: string, key = portal.receiptKey) =>
  portal.app.request('/api/pagopa/ricevute', { method: 'POST', body: JSON.stringify({ idPA: '00081490748', receipt }), headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': key } }, fromAddress(address))
const trail = async (where: Record<string, unknown>) => (await t.payload.find({ collection: 'payment-events', where: where as never, sort: '-createdAt', depth: 0 })).docs

describe('a fee counts as paid only when pagoPA settled the fee raised for that application', () => {
  it('is not paid by a paid position that points at the application but was not raised by its service', async () => {
    const started = await json(await call('POST', '/api/me/pratiche', { service: f.feeService.slug }))
    const draft = await json(await call('PUT', `/api/me/pratiche/${started.id}`, { version: started.version, data: complete }))
    await t.payload.create({ collection: 'payment-positions', data: {
      reason: 'Un centesimo', amountCents: 1, dueDate: new Date().toISOString(), debtorFiscalCode: GIOVANNA, debtorName: 'Giovanna Caputo', office: f.otherOffice.id,
      service: f.feeService.id, applicationRef: `pratica-${draft.id}`, source: 'operatore', status: 'pagata', paidAt: new Date().toISOString(),
    } as PaymentPosition })
    expect((await submit(draft)).status).toBe(402)
  })

  it('is not paid by the fee position marked paid without a receipt, nor by a receipt for another debtor', async () => {
    const { draft, position } = await draftWithFee()
    await t.payload.update({ collection: 'payment-positions', id: position.id, data: { status: 'pagata', paidAt: new Date().toISOString() } })
    expect((await submit(draft)).status).toBe(402)

    const other = await draftWithFee()
    await t.payload.update({ collection: 'payment-positions', id: other.position.id, data: { status: 'annullata' } })
    const forMarco = await t.payload.create({ collection: 'payment-positions', data: {
      reason: 'Imposta di bollo', amountCents: 1600, dueDate: new Date().toISOString(), debtorFiscalCode: MARCO, debtorName: 'Marco Valente', office: f.office.id,
      service: f.feeService.id, applicationRef: `pratica-${other.draft.id}`, source: 'servizio',
    } as PaymentPosition })
    await settle(forMarco, `ric-altro-debitore-${forMarco.id}`)
    expect((await submit(other.draft)).status).toBe(402)
  })

  it('is paid once pagoPA’s receipt settled the fee position of the application', async () => {
    const { draft, position } = await draftWithFee()
    await settle(position, `ric-buona-${position.id}`)
    expect((await submit(draft)).status).toBe(200)
  })
})

describe('deleting a draft with a fee', () => {
  it('cancels the unpaid fee, and says why in the payments trail', async () => {
    const { draft, position } = await draftWithFee()
    expect((await call('DELETE', `/api/me/pratiche/${draft.id}`)).status).toBe(204)
    expect((await t.payload.findByID({ collection: 'payment-positions', id: position.id })).status).toBe('annullata')
    expect((await trail({ position: { equals: position.id } }))[0]).toMatchObject({ action: 'aggiornata', reason: 'Il cittadino ha eliminato la domanda in bozza.' })
  })

  it('keeps a paid fee, visible to the citizen and to the office, marked for a refund', async () => {
    const { draft, position } = await draftWithFee()
    await settle(position, `ric-da-rimborsare-${position.id}`)
    expect((await call('DELETE', `/api/me/pratiche/${draft.id}`)).status).toBe(204)
    expect((await t.payload.findByID({ collection: 'payment-positions', id: position.id })).status).toBe('pagata')
    const mine = await json<{ positions: { id: number; status: string }[] }>(await call('GET', '/api/me/pagamenti'))
    expect(mine.positions.find((p) => p.id === position.id)?.status).toBe('pagata')
    const seen = await t.payload.find({ collection: 'payment-positions', where: { id: { equals: position.id } }, overrideAccess: false, user: f.operator })
    expect(seen.totalDocs).toBe(1)
    expect((await trail({ position: { equals: position.id } }))[0]).toMatchObject({ action: 'bozza-eliminata', reason: expect.stringContaining('da rimborsare') })
  })

  it('never hands the deleted draft’s id, nor its fee, to the next draft', async () => {
    const { draft, position } = await draftWithFee()
    await settle(position, `ric-id-riusato-${position.id}`)
    await call('DELETE', `/api/me/pratiche/${draft.id}`)
    const next = await json(await call('POST', '/api/me/pratiche', { service: f.feeService.slug }))
    expect(next.id).toBeGreaterThan(draft.id)
    expect(next.fee).toMatchObject({ paid: false, positionId: null })
  })
})

describe('the fee of a draft is the citizen’s alone', () => {
  it('stays hidden from the office’s operators until the application is submitted', async () => {
    const { draft, position } = await draftWithFee()
    const asOperator = () => t.payload.find({ collection: 'payment-positions', where: { id: { equals: position.id } }, overrideAccess: false, user: f.operator })
    expect((await asOperator()).totalDocs).toBe(0)
    await settle(position, `ric-bozza-nascosta-${position.id}`)
    expect((await asOperator()).totalDocs).toBe(0)
    expect((await submit(draft)).status).toBe(200)
    expect((await asOperator()).totalDocs).toBe(1)
  })
})

describe('receipts come only from the platform', () => {
  const receiptFor = (p: PaymentPosition, receiptId: string) => ({ receiptId, noticeNumber: p.noticeCode, fiscalCode: p.creditorFiscalCode, outcome: 'OK', paymentAmount: (p.amountCents / 100).toFixed(2), paymentDateTime: new Date().toISOString() })
  const position = () => t.payload.create({ collection: 'payment-positions', data: { reason: 'Mensa', amountCents: 4500, dueDate: new Date().toISOString(), debtorFiscalCode: MARCO, debtorName: 'Marco Valente', office: f.office.id, source: 'operatore' } as PaymentPosition })

  it('refuses a receipt from an address outside the configured senders, even with the right key, and records who tried', async () => {
    const p = await position()
    const res = await sendReceipt(receiptFor(p, 'ric-mittente-estraneo'), '198.51.100.7')
    expect(res.status).toBe(403)
    expect((await t.payload.findByID({ collection: 'payment-positions', id: p.id })).status).toBe('da-pagare')
    expect((await trail({ action: { equals: 'ricevuta-rifiutata' } }))[0]).toMatchObject({ sourceAddress: '198.51.100.7', detail: 'mittente non autorizzato', actorType: 'pagopa' })
  })

  it('refuses a wrong key from an allowed sender, and records it', async () => {
    const p = await position()
    expect((await sendReceipt(receiptFor(p, 'ric-chiave-falsa'), '203.0.113.9', 'sportello-dev-ricevute-SOLO-PER-PROVE')).status).toBe(401)
    expect((await trail({ action: { equals: 'ricevuta-rifiutata' } }))[0]).toMatchObject({ sourceAddress: '203.0.113.9', detail: 'chiave non valida' })
    expect((await t.payload.findByID({ collection: 'payment-positions', id: p.id })).status).toBe('da-pagare')
  })

  it('refuses a malformed receipt in Italian, and records it', async () => {
    const p = await position()
    const res = await sendReceipt({ ...receiptFor(p, 'ric-malformata'), paymentAmount: 'tanti' }, '203.0.113.10')
    expect(res.status).toBe(422)
    expect(JSON.stringify(await res.json())).toContain('Importo non valido')
    expect((await trail({ action: { equals: 'ricevuta-rifiutata' } }))[0]).toMatchObject({ sourceAddress: '203.0.113.10', detail: expect.stringContaining('ricevuta non valida') })
  })

  it('accepts the platform’s receipt from an allowed address and records it with the address', async () => {
    const p = await position()
    const res = await sendReceipt(receiptFor(p, 'ric-dalla-piattaforma'), '2001:db8::1')
    expect(await res.json()).toEqual({ outcome: 'settled' })
    expect((await trail({ action: { equals: 'ricevuta-accettata' } }))[0]).toMatchObject({ sourceAddress: '2001:db8::1', position: p.id, detail: expect.stringContaining('posizione saldata') })
    expect((await trail({ position: { equals: p.id } })).some((e) => e.action === 'aggiornata' && e.reason?.includes('ric-dalla-piattaforma'))).toBe(true)
  })
})
