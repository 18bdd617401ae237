// The creditor side of pagoPA: registers debt positions (GPD) and opens checkout carts. It talks to
// whatever the configuration names, the local stand-in or the real platform alike.
import { ApiError } from '../errors'

/** Where the platform is and how to authenticate to it (see api/config.ts). */
export type PagopaSettings = {
  /** Base of the GPD "debt positions" service, e.g. …/gpd/debt-positions-service/v1 */
  gpdUrl: string
  /** Base of the Checkout EC API, e.g. …/checkout/ec/v1 */
  checkoutUrl: string
  /** Subscription key for GPD (Ocp-Apim-Subscription-Key). */
  apiKey: string
  /** The key the platform presents when it sends us a receipt. */
  receiptKey: string
}

/** What a position must say to be registered and paid. */
export type PayableNotice = {
  iuv: string; noticeCode: string; creditorFiscalCode: string; companyName: string
  amountCents: number; dueDate: string; reason: string; debtorFiscalCode: string; debtorName: string
  /** The digital stamp duty (marca da bollo) included in amountCents, paid as its own transfer. */
  stampDuty?: StampDuty
}

/** A marca da bollo digitale: its amount, the document it stamps (SHA-256, base64) and the province of residence. */
export type StampDuty = { amountCents: number; hashDocument: string; provincialResidence: string }

/** The option's transfers as GPD takes them: the Comune's part, and the stamp duty as a "stamp" transfer (tipo bollo 01). */
export function noticeToTransfers(n: PayableNotice) {
  if (!n.stampDuty) return undefined
  const { amountCents, hashDocument, provincialResidence } = n.stampDuty
  return [
    { idTransfer: '1', amount: n.amountCents - amountCents, organizationFiscalCode: n.creditorFiscalCode, remittanceInformation: n.reason },
    { idTransfer: '2', amount: amountCents, remittanceInformation: 'Marca da bollo digitale', stamp: { hashDocument, stampType: '01', provincialResidence } },
  ]
}

/** The platform's client; every failure becomes an `unavailable` ApiError (no personal data logged). */
export function createPagopaClient(settings: PagopaSettings, fetchFn: typeof fetch = fetch) {
  const call = async (url: string, init: RequestInit) => {
    try {
      return await fetchFn(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(10_000) })
    } catch {
      console.error(`[pagopa] piattaforma non raggiungibile: ${new URL(url).origin}`)
      throw new ApiError('unavailable', 'Il sistema pagoPA non risponde in questo momento. Riprova più tardi.')
    }
  }
  return {
    /** Creates and publishes the GPD position of a notice; an already registered one is fine (409). */
    async registerPosition(n: PayableNotice): Promise<void> {
      const body = {
        iupd: `${n.creditorFiscalCode}-${n.iuv}`, type: n.debtorFiscalCode.length === 11 ? 'G' : 'F', fiscalCode: n.debtorFiscalCode,
        fullName: n.debtorName, companyName: n.companyName,
        paymentOption: [{ iuv: n.iuv, amount: n.amountCents, dueDate: n.dueDate, description: n.reason, isPartialPayment: false, ...(n.stampDuty ? { transfer: noticeToTransfers(n) } : {}) }],
      }
      const res = await call(`${settings.gpdUrl}/organizations/${n.creditorFiscalCode}/debtpositions?toPublish=true`, {
        method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'ocp-apim-subscription-key': settings.apiKey },
      })
      if (res.status !== 201 && res.status !== 409) {
        console.error(`[pagopa] registrazione della posizione rifiutata: HTTP ${res.status}`)
        throw new ApiError('unavailable', 'Non è stato possibile predisporre il pagamento su pagoPA. Riprova più tardi.')
      }
    },
    /** Opens a checkout cart for one notice; returns the URL to send the citizen to. */
    async createCart(n: PayableNotice, returnUrls: { returnOkUrl: string; returnCancelUrl: string; returnErrorUrl: string }): Promise<string> {
      const body = {
        paymentNotices: [{ noticeNumber: n.noticeCode, fiscalCode: n.creditorFiscalCode, amount: n.amountCents, companyName: n.companyName, description: n.reason }],
        returnUrls,
      }
      const res = await call(`${settings.checkoutUrl}/carts`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } })
      const location = res.headers.get('location')
      if (res.status === 409) throw new ApiError('conflict', 'Questo avviso risulta già pagato: la ricevuta arriverà a breve.')
      if (res.status !== 302 || !location) {
        console.error(`[pagopa] carrello rifiutato: HTTP ${res.status}`)
        throw new ApiError('unavailable', 'Non è stato possibile avviare il pagamento su pagoPA. Riprova più tardi.')
      }
      return location
    },
  }
}

export type PagopaClient = ReturnType<typeof createPagopaClient>
