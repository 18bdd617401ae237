import type { PaymentReceipt } from '../../cms/payload-types'
import { euroTextToCents } from '../../cms/payments/importPositionsCsv'
import type { NewReceipt, PaymentStore } from '../data/payments'

/** The fields of a pagoPA receipt (paSendRT) the creditor acts on. */
export type ReceiptNotification = {
  receiptId: string; noticeNumber: string; fiscalCode: string; paymentAmount: string
  paymentDateTime: string; pspCompanyName?: string; paymentMethod?: string
}

/** What happened to a receipt: it settled its position, was already known, or awaits staff. */
export type ReceiptOutcome = 'settled' | 'duplicate' | 'unmatched'

/**
 * Records a receipt and settles its position exactly once. A receipt id seen before changes
 * nothing (the platform retries); a receipt that cannot settle a position (unknown notice, already
 * paid by another receipt, cancelled, different amount) is kept "da riconciliare" for staff. The
 * unique `settlesPosition` makes the database, not this code, the judge when two receipts race.
 */
export async function recordReceipt(store: PaymentStore, creditorFiscalCode: string, n: ReceiptNotification): Promise<{ outcome: ReceiptOutcome; receipt: PaymentReceipt }> {
  const known = await store.findReceipt(n.receiptId)
  if (known) return { outcome: 'duplicate', receipt: await completeSettlement(store, known) }

  const amountCents = euroTextToCents(n.paymentAmount) ?? 0
  const base: NewReceipt = {
    receiptId: n.receiptId, noticeCode: n.noticeNumber, creditorFiscalCode: n.fiscalCode, amountCents,
    paidAt: n.paymentDateTime, pspName: n.pspCompanyName ?? null, paymentMethod: n.paymentMethod ?? null, reconciliation: 'abbinata',
  }
  const position = n.fiscalCode === creditorFiscalCode ? await store.findPositionByNotice(creditorFiscalCode, n.noticeNumber) : null
  const problem: NewReceipt['problem'] =
    n.fiscalCode !== creditorFiscalCode ? 'ente-diverso'
      : !position ? 'avviso-sconosciuto'
        : position.status === 'pagata' ? 'gia-pagata'
          : position.status === 'annullata' ? 'annullata'
            : position.amountCents !== amountCents ? 'importo-diverso'
              : null
  const unmatched = (p: NonNullable<NewReceipt['problem']>) => store.createReceipt({ ...base, position: position?.id ?? null, reconciliation: 'da-riconciliare', problem: p })

  if (problem) return recordUnmatched(store, n.receiptId, () => unmatched(problem))
  try {
    const receipt = await store.createReceipt({ ...base, position: position!.id, settlesPosition: String(position!.id) })
    return { outcome: 'settled', receipt: await completeSettlement(store, receipt) }
  } catch (error) {
    // Stored after all (a concurrent delivery of the same receipt, or the INSERT committed and its
    // answer was lost with the connection): the position is paid by it all the same before the 200.
    const raced = await store.findReceipt(n.receiptId)
    if (raced) return { outcome: 'duplicate', receipt: await completeSettlement(store, raced) }
    // Another receipt settled this position first: this one is a double payment.
    if (await store.findSettlingReceipt(position!.id)) {
      return recordUnmatched(store, n.receiptId, () => unmatched('gia-pagata'))
    }
    throw error
  }
}

/** Marks the position of a settling receipt paid, if that step was not done yet (e.g. a crash in between). */
async function completeSettlement(store: PaymentStore, receipt: PaymentReceipt): Promise<PaymentReceipt> {
  if (!receipt.settlesPosition || !receipt.position) return receipt
  const positionId = typeof receipt.position === 'object' ? receipt.position.id : receipt.position
  const position = await store.findPosition(positionId)
  if (position && position.status !== 'pagata') {
    await store.updatePosition(position.id, { status: 'pagata', paidAt: receipt.paidAt, receipt: receipt.id }, `Saldata dalla ricevuta pagoPA ${receipt.receiptId}.`)
  }
  return receipt
}

/**
 * Records a receipt to reconcile, unless a concurrent delivery of the same receipt id stored it first: then this one is
 * that delivery's duplicate (the same receipt, seen after the first had already paid the position), not a second payment.
 */
async function recordUnmatched(store: PaymentStore, receiptId: string, insert: () => Promise<PaymentReceipt>): Promise<{ outcome: ReceiptOutcome; receipt: PaymentReceipt }> {
  try {
    return { outcome: 'unmatched', receipt: await insert() }
  } catch (error) {
    const raced = await store.findReceipt(receiptId)
    if (raced) return { outcome: 'duplicate', receipt: await completeSettlement(store, raced) }
    throw error
  }
}
