import { describe, expect, it } from 'vitest'

import { ConfigError, loadConfig } from '../config'
import { createPagopaStandIn } from '../standins/pagopa/app'
import { createPagopaClient, type PayableNotice } from './client'

const standIn = () => createPagopaStandIn({ apiKey: 'chiave-gpd-di-prova', creditor: { receiptUrl: 'http://localhost/ricevute', receiptKey: 'x'.repeat(16) }, fetchFn: async () => new Response(null, { status: 200 }) })
const clientFor = (app: ReturnType<typeof standIn>['app'], apiKey = 'chiave-gpd-di-prova') =>
  createPagopaClient(
    { gpdUrl: 'http://pagopa.test/gpd/debt-positions-service/v1', checkoutUrl: 'http://pagopa.test/checkout/ec/v1', apiKey, receiptKey: 'x'.repeat(16) },
    (async (url: string | URL | Request, init?: RequestInit) => app.request(String(url), init)) as typeof fetch,
  )
const notice: PayableNotice = {
  iuv: '01000000000000144', noticeCode: '301000000000000144', creditorFiscalCode: '00081490748', companyName: 'Comune di Brindisi',
  amountCents: 1250, dueDate: '2026-12-31T12:00:00.000Z', reason: 'Mensa', debtorFiscalCode: 'CPTGNN85C54B180W', debtorName: 'Giovanna Caputo',
}
const back = { returnOkUrl: 'http://localhost/ok', returnCancelUrl: 'http://localhost/no', returnErrorUrl: 'http://localhost/ko' }

describe('the creditor-side pagoPA client against the stand-in', () => {
  it('registers a position once (a second registration is accepted as already there) and opens a cart', async () => {
    const { app, registry } = standIn()
    const client = clientFor(app)
    await client.registerPosition(notice)
    await client.registerPosition(notice)
    expect(registry.positions.size).toBe(1)
    expect(await client.createCart(notice, back)).toMatch(/^http:\/\/pagopa\.test\/checkout\/carrello\/[0-9a-f-]{36}$/)
  })

  it('refuses a cart for a notice the platform does not know, and a wrong key, with Italian errors', async () => {
    const { app } = standIn()
    await expect(clientFor(app).createCart(notice, back)).rejects.toThrow('Non è stato possibile avviare il pagamento su pagoPA')
    await expect(clientFor(app, 'chiave-sbagliata').registerPosition(notice)).rejects.toThrow('Non è stato possibile predisporre il pagamento')
  })
})

describe('pagoPA configuration', () => {
  it('stops with a clear message when only part of it is set', () => {
    expect(() => loadConfig({ SPORTELLO_PAGOPA_GPD_URL: 'http://localhost:3003/gpd' })).toThrow(ConfigError)
    expect(loadConfig({}).pagopa).toBeNull()
  })
})

describe('a notice with a marca da bollo digitale', () => {
  const stamped: PayableNotice = { ...notice, amountCents: 4100, reason: 'Diritti e marca da bollo', stampDuty: { amountCents: 1600, hashDocument: 'aGFzaA==', provincialResidence: 'BR' } }

  it('registers the stamp duty as its own transfer beside the Comune’s, adding up to the amount', async () => {
    const { app, registry } = standIn()
    await clientFor(app).registerPosition(stamped)
    const [position] = [...registry.positions.values()]
    expect(position!.option.amount).toBe(4100)
    expect(position!.option.transfer).toEqual([
      { idTransfer: '1', amount: 2500, organizationFiscalCode: '00081490748', remittanceInformation: 'Diritti e marca da bollo' },
      { idTransfer: '2', amount: 1600, remittanceInformation: 'Marca da bollo digitale', stamp: { hashDocument: 'aGFzaA==', stampType: '01', provincialResidence: 'BR' } },
    ])
  })

  it('is refused by the platform when the transfers do not add up', async () => {
    const { app } = standIn()
    const broken = { ...stamped, stampDuty: { ...stamped.stampDuty!, amountCents: 5000 } }
    await expect(clientFor(app).registerPosition(broken)).rejects.toThrow('Non è stato possibile predisporre il pagamento')
  })
})
