// A local stand-in of the pagoPA platform, following its published interfaces closely enough for
// the creditor side to be exercised end to end: GPD (debt position registry), Checkout carts with a
// page where the tester picks the outcome, and the receipt sent to the creditor (paSendRT, as JSON).
import { randomUUID, timingSafeEqual } from 'node:crypto'

import { Hono } from 'hono'
import { z } from 'zod'

import { checkoutPageHtml, pspPageHtml, standInPageHtml } from './page'
import { StandInRegistry } from './registry'

/** How the stand-in reaches the creditor to deliver receipts. */
export type StandInOptions = {
  /** The key creditors present in Ocp-Apim-Subscription-Key (like the real platform's API keys). */
  apiKey: string
  /** Where receipts go, and the key that endpoint expects. */
  creditor: { receiptUrl: string; receiptKey: string }
  registry?: StandInRegistry
  /** Receipt delivery; tests may replace it. Defaults to fetch. */
  fetchFn?: typeof fetch
}

const positionSchema = z.object({
  iupd: z.string().min(1).max(35),
  type: z.enum(['F', 'G']),
  fiscalCode: z.string().min(11).max(16),
  fullName: z.string().min(1),
  companyName: z.string().min(1),
  paymentOption: z.array(z.object({
    iuv: z.string().regex(/^\d{17}$/), amount: z.number().int().positive(), dueDate: z.string(), description: z.string().min(1).max(140),
    // GPD's transfers: the creditor's own, or a marca da bollo digitale ("stamp"); together they make the amount.
    transfer: z.array(z.object({
      idTransfer: z.enum(['1', '2', '3', '4', '5']), amount: z.number().int().positive(), remittanceInformation: z.string().min(1).max(140),
      organizationFiscalCode: z.string().regex(/^\d{11}$/).optional(),
      stamp: z.object({ hashDocument: z.string().min(1).max(72), stampType: z.string().length(2), provincialResidence: z.string().regex(/^[A-Z]{2}$/) }).optional(),
    })).min(1).max(5).optional(),
  }).refine((o) => !o.transfer || o.transfer.reduce((sum, t) => sum + t.amount, 0) === o.amount, 'The transfers do not add up to the amount')).length(1),
})
const cartSchema = z.object({
  paymentNotices: z.array(z.object({ noticeNumber: z.string().regex(/^\d{18}$/), fiscalCode: z.string().regex(/^\d{11}$/), amount: z.number().int().positive(), companyName: z.string(), description: z.string() })).length(1),
  returnUrls: z.object({ returnOkUrl: z.url(), returnCancelUrl: z.url(), returnErrorUrl: z.url() }),
})
const problem = (title: string, status: number) => ({ title, status, detail: title })

/** The stand-in as a Hono app (mount on its own port with startPagopaStandIn). */
export function createPagopaStandIn(options: StandInOptions) {
  const registry = options.registry ?? new StandInRegistry()
  const fetchFn = options.fetchFn ?? fetch
  const app = new Hono()
  const keyOk = (key: string | undefined) => {
    const a = Buffer.from(key ?? ''), b = Buffer.from(options.apiKey)
    return a.length === b.length && timingSafeEqual(a, b)
  }

  // GPD: create (and optionally publish) a debt position.
  app.post('/gpd/debt-positions-service/v1/organizations/:ofc/debtpositions', async (c) => {
    if (!keyOk(c.req.header('ocp-apim-subscription-key'))) return c.json(problem('Unauthorized', 401), 401)
    const parsed = positionSchema.safeParse(await c.req.json().catch(() => null))
    if (!parsed.success) return c.json(problem('Bad Request', 400), 400)
    const ofc = c.req.param('ofc')
    const body = parsed.data
    const option = body.paymentOption[0]!
    const key = StandInRegistry.key(ofc, `3${option.iuv}`)
    if (registry.byIupd(ofc, body.iupd) || registry.positions.has(key)) return c.json(problem('Conflict', 409), 409)
    registry.positions.set(key, {
      organizationFiscalCode: ofc, iupd: body.iupd, companyName: body.companyName, debtorFiscalCode: body.fiscalCode, debtorName: body.fullName,
      option, status: c.req.query('toPublish') === 'true' ? 'VALID' : 'DRAFT',
    })
    return c.json({ ...body, status: registry.positions.get(key)!.status }, 201)
  })
  app.post('/gpd/debt-positions-service/v1/organizations/:ofc/debtpositions/:iupd/publish', (c) => {
    if (!keyOk(c.req.header('ocp-apim-subscription-key'))) return c.json(problem('Unauthorized', 401), 401)
    const position = registry.byIupd(c.req.param('ofc'), c.req.param('iupd'))
    if (!position) return c.json(problem('Not Found', 404), 404)
    if (position.status === 'DRAFT') position.status = 'VALID'
    return c.json({ iupd: position.iupd, status: position.status }, 200)
  })
  app.get('/gpd/debt-positions-service/v1/organizations/:ofc/debtpositions/:iupd', (c) => {
    if (!keyOk(c.req.header('ocp-apim-subscription-key'))) return c.json(problem('Unauthorized', 401), 401)
    const position = registry.byIupd(c.req.param('ofc'), c.req.param('iupd'))
    return position ? c.json({ iupd: position.iupd, status: position.status, paymentOption: [position.option] }, 200) : c.json(problem('Not Found', 404), 404)
  })

  // Checkout (carts API): answers 302 to the page where the citizen pays.
  app.post('/checkout/ec/v1/carts', async (c) => {
    const parsed = cartSchema.safeParse(await c.req.json().catch(() => null))
    if (!parsed.success) return c.json(problem('Bad Request', 400), 400)
    const notice = parsed.data.paymentNotices[0]!
    const position = registry.byNotice(notice.fiscalCode, notice.noticeNumber)
    if (!position) return c.json(problem('Payment notice not found', 404), 404)
    if (position.status === 'PAID') return c.json(problem('Payment notice already paid', 409), 409)
    if (position.status !== 'VALID' || position.option.amount !== notice.amount) return c.json(problem('Payment notice not payable', 422), 422)
    const cart = registry.addCart({ noticeNumber: notice.noticeNumber, organizationFiscalCode: notice.fiscalCode, returnUrls: parsed.data.returnUrls })
    return c.redirect(new URL(`/checkout/carrello/${cart.id}`, c.req.url).toString(), 302)
  })
  app.get('/checkout/carrello/:id', (c) => {
    const cart = registry.carts.get(c.req.param('id'))
    const position = cart && registry.byNotice(cart.organizationFiscalCode, cart.noticeNumber)
    if (!cart || !position || cart.done) return c.html(standInPageHtml('Carrello non trovato', '<h1>Carrello non trovato o già usato</h1>'), 404)
    return c.html(checkoutPageHtml(cart, { companyName: position.companyName, description: position.option.description, noticeNumber: cart.noticeNumber, amountCents: position.option.amount, transfers: position.option.transfer }))
  })
  app.post('/checkout/carrello/:id', async (c) => {
    const cart = registry.carts.get(c.req.param('id'))
    const position = cart && registry.byNotice(cart.organizationFiscalCode, cart.noticeNumber)
    if (!cart || !position || cart.done) return c.html(standInPageHtml('Carrello non trovato', '<h1>Carrello non trovato o già usato</h1>'), 404)
    const outcome = (await c.req.parseBody()).esito
    cart.done = true
    if (outcome === 'annulla') return c.redirect(cart.returnUrls.returnCancelUrl, 303)
    if (outcome !== 'paga' || position.status === 'PAID') return c.redirect(cart.returnUrls.returnErrorUrl, 303)
    position.status = 'PAID'
    const receipt = receiptFor(position, new Date())
    registry.receipts.set(receipt.receipt.receiptId, receipt)
    // Like the real node, the receipt reaches the creditor independently of the citizen's return.
    await deliver(receipt)
    return c.redirect(cart.returnUrls.returnOkUrl, 303)
  })
  // A PSP counter (bank, tobacconist, app) where a printed notice is paid: the receipt reaches the
  // creditor without the citizen ever passing through the portal.
  app.get('/psp', (c) => c.html(pspPageHtml()))
  app.post('/psp', async (c) => {
    const form = await c.req.parseBody()
    const position = registry.byNotice(String(form.ente ?? ''), String(form.avviso ?? '').replace(/\s/g, ''))
    if (!position || position.status !== 'VALID') return c.html(standInPageHtml('Avviso non pagabile', '<h1>Avviso non trovato, non pubblicato o già pagato</h1><p><a href="/psp">Riprova</a></p>'), 404)
    position.status = 'PAID'
    const receipt = receiptFor(position, new Date())
    registry.receipts.set(receipt.receipt.receiptId, receipt)
    const delivered = await deliver(receipt)
    return c.html(standInPageHtml('Avviso pagato', `<h1>Avviso pagato</h1><p>Ricevuta ${delivered ? 'inviata' : 'in attesa di invio'} all’ente creditore.</p><p><a href="/psp">Paga un altro avviso</a></p>`))
  })
  // Test helper, not part of pagoPA: send a receipt again (duplicate delivery).
  app.post('/prova/ricevute/:receiptId/reinvia', async (c) => {
    const receipt = registry.receipts.get(c.req.param('receiptId'))
    if (!receipt) return c.json(problem('Not Found', 404), 404)
    return c.json({ delivered: await deliver(receipt) }, 200)
  })

  async function deliver(receipt: unknown, attempt = 1): Promise<boolean> {
    const ok = await fetchFn(options.creditor.receiptUrl, {
      method: 'POST', body: JSON.stringify(receipt),
      headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': options.creditor.receiptKey },
    }).then((r) => r.ok, () => false)
    // The real platform retries undelivered receipts; so does the stand-in, a few times.
    if (!ok && attempt < 5) setTimeout(() => void deliver(receipt, attempt + 1), 2_000 * attempt).unref()
    return ok
  }
  return { app, registry }
}

/** A paSendRT-like receipt (JSON rendering of the SOAP message's fields). */
export function receiptFor(position: { organizationFiscalCode: string; companyName: string; debtorFiscalCode: string; debtorName: string; option: { iuv: string; amount: number; description: string } }, paidAt: Date) {
  return {
    idPA: position.organizationFiscalCode, idBrokerPA: position.organizationFiscalCode, idStation: `${position.organizationFiscalCode}_01`,
    receipt: {
      receiptId: randomUUID().replace(/-/g, ''), noticeNumber: `3${position.option.iuv}`, fiscalCode: position.organizationFiscalCode, outcome: 'OK',
      creditorReferenceId: position.option.iuv, paymentAmount: (position.option.amount / 100).toFixed(2), description: position.option.description,
      companyName: position.companyName, debtor: { entityUniqueIdentifierType: position.debtorFiscalCode.length === 11 ? 'G' : 'F', entityUniqueIdentifierValue: position.debtorFiscalCode, fullName: position.debtorName },
      idPSP: 'PSP_PROVA', pspCompanyName: 'PSP di prova (simulatore)', idChannel: 'PSP_PROVA_01', channelDescription: 'carta', paymentMethod: 'creditCard', fee: '0.50',
      paymentDateTime: paidAt.toISOString(), applicationDate: paidAt.toISOString().slice(0, 10), transferDate: paidAt.toISOString().slice(0, 10),
    },
  }
}
