import type { PaymentPosition, PaymentReceipt } from '../../cms/payload-types'
import { centsToEuro, type Creditor } from '../../cms/payments/creditor'
import { noticeCodeToPrinted } from '../../cms/payments/noticeCode'
import { field, newPdf, text } from '../../cms/documents/pdfLayout'

/** The receipt of a paid position, from the pagoPA receipt that settled it. */
export async function paymentReceiptPdf(p: PaymentPosition, r: PaymentReceipt, creditor: Pick<Creditor, 'name'>): Promise<Uint8Array> {
  const w = await newPdf('Ricevuta di pagamento pagoPA', creditor.name)
  field(w, 'Causale', p.reason)
  field(w, 'Pagato da', `${p.debtorName} (${p.debtorFiscalCode})`)
  field(w, 'Importo pagato', centsToEuro(r.amountCents))
  field(w, 'Data del pagamento', new Date(r.paidAt).toLocaleString('it-IT', { timeZone: 'Europe/Rome' }))
  field(w, 'Codice avviso', noticeCodeToPrinted(r.noticeCode))
  field(w, 'Codice IUV', p.iuv ?? '')
  field(w, 'Identificativo ricevuta', r.receiptId)
  field(w, 'Prestatore (PSP)', r.pspName ?? '–')
  w.y -= 10
  text(w, 'Ricevuta emessa sulla base della ricevuta telematica pagoPA.', { size: 10 })
  return w.doc.save()
}
