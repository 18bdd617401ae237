import { createHash } from 'node:crypto'

import { COMUNE_PROVINCE } from '../../cms/payments/creditor'
import type { PaymentPosition } from '../../cms/payload-types'
import type { PaymentStore } from '../data/payments'
import { ApiError } from '../errors'
import type { PagopaClient, PayableNotice } from '../pagopa/client'
import type { PaymentsOverview, PaymentView } from '../contract/payments'

/** The status a citizen sees: an unpaid position past its due date is "scaduta". */
export function positionToStatus(p: Pick<PaymentPosition, 'status' | 'dueDate'>, now = new Date()): PaymentView['status'] {
  if (p.status !== 'da-pagare') return p.status
  const endOfDueDay = new Date(p.dueDate)
  endOfDueDay.setUTCHours(23, 59, 59, 999)
  return endOfDueDay < now ? 'scaduta' : 'da-pagare'
}

/** A stored position as the API returns it. */
export function positionToView(p: PaymentPosition, now = new Date()): PaymentView {
  const status = positionToStatus(p, now)
  return {
    id: p.id, reason: p.reason, amountCents: p.amountCents, dueDate: p.dueDate, status,
    noticeCode: p.noticeCode ?? '', iuv: p.iuv ?? '', creditorFiscalCode: p.creditorFiscalCode ?? '', paidAt: p.paidAt ?? null,
    payable: status === 'da-pagare' || status === 'scaduta', hasReceipt: status === 'pagata' && Boolean(p.receipt),
  }
}

/** Every position of the citizen, oldest due date first, with the totals. */
export async function listMyPayments(store: PaymentStore, fiscalCode: string, now = new Date()): Promise<PaymentsOverview> {
  const positions = (await store.listByDebtor(fiscalCode)).map((p) => positionToView(p, now))
  const sum = (statuses: PaymentView['status'][]) => positions.filter((p) => statuses.includes(p.status)).reduce((s, p) => s + p.amountCents, 0)
  return { positions, totals: { dueCents: sum(['da-pagare', 'scaduta']), paidCents: sum(['pagata']) } }
}

/**
 * One position of the citizen. Someone else's position answers exactly like a position that does
 * not exist, so ids cannot be probed.
 */
export async function findMyPosition(store: PaymentStore, fiscalCode: string, id: number): Promise<PaymentPosition> {
  const position = await store.findPosition(id)
  if (!position || position.debtorFiscalCode !== fiscalCode) throw new ApiError('not_found', 'Pagamento non trovato.')
  return position
}

/** What pagoPA needs to know about a position of the creditor named `companyName`. */
export function positionToNotice(p: PaymentPosition, companyName: string): PayableNotice {
  return {
    iuv: p.iuv!, noticeCode: p.noticeCode!, creditorFiscalCode: p.creditorFiscalCode!, companyName,
    amountCents: p.amountCents, dueDate: p.dueDate, reason: p.reason, debtorFiscalCode: p.debtorFiscalCode, debtorName: p.debtorName,
    ...(p.stampDutyCents ? { stampDuty: stampDutyOf(p, p.stampDutyCents) } : {}),
  }
}

/**
 * The marca da bollo of a position: the stamped document is the application the position is bound
 * to (its reference, hashed), and the province is the Comune's, where the application is filed.
 */
function stampDutyOf(p: PaymentPosition, amountCents: number) {
  const document = `${p.creditorFiscalCode}/${p.applicationRef ?? p.iuv}`
  return { amountCents, hashDocument: createHash('sha256').update(document).digest('base64'), provincialResidence: COMUNE_PROVINCE }
}

/**
 * Makes sure pagoPA's registry (GPD) knows a position, so it can be paid online or at any PSP with
 * its notice; registering twice is harmless. Returns what pagoPA knows of it.
 */
export async function ensureRegistered(store: PaymentStore, pagopa: PagopaClient, position: PaymentPosition, companyName: string): Promise<PayableNotice> {
  const notice = positionToNotice(position, companyName)
  if (!position.registeredAt) {
    await pagopa.registerPosition(notice)
    await store.updatePosition(position.id, { registeredAt: new Date().toISOString() })
  }
  return notice
}

/**
 * "Paga ora": makes sure pagoPA knows the position (GPD), opens a checkout cart and returns where to
 * send the citizen. The outcome page reads the position again: only a receipt marks it paid.
 */
export async function startCheckout(store: PaymentStore, pagopa: PagopaClient | null, publicUrl: URL, fiscalCode: string, id: number, companyName: string): Promise<string> {
  if (!pagopa) throw new ApiError('unavailable', 'Il pagamento online non è attivo in questo momento: puoi pagare con l’avviso presso gli sportelli abilitati a pagoPA.')
  const position = await findMyPosition(store, fiscalCode, id)
  const view = positionToView(position)
  if (view.status === 'pagata') throw new ApiError('conflict', 'Questo avviso è già stato pagato.')
  if (view.status === 'annullata') throw new ApiError('conflict', 'Questo avviso è stato annullato dal Comune: non va pagato.')
  const notice = await ensureRegistered(store, pagopa, position, companyName)
  // A fee paid before submitting an application brings the citizen back to that application; a
  // certificate's bollo, to the certificate.
  const practice = /^pratica-(\d+)$/.exec(position.applicationRef ?? '')?.[1]
  const certificate = /^certificato-(\d+)$/.exec(position.applicationRef ?? '')?.[1]
  const back = (outcome: string) => new URL(`/area-personale/pagamento/?posizione=${position.id}&esito=${outcome}${practice ? `&pratica=${practice}` : ''}${certificate ? `&certificato=${certificate}` : ''}`, publicUrl).toString()
  return pagopa.createCart(notice, { returnOkUrl: back('ok'), returnCancelUrl: back('annullato'), returnErrorUrl: back('errore') })
}
