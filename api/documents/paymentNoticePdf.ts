import type { PaymentPosition } from '../../cms/payload-types'
import { centsToEuro, type Creditor } from '../../cms/payments/creditor'
import { noticeCodeToPrinted, noticeToQrPayload } from '../../cms/payments/noticeCode'
import { drawQrCode, field, newPdf, text } from '../../cms/documents/pdfLayout'

const day = (iso: string) => new Date(iso).toLocaleDateString('it-IT', { timeZone: 'Europe/Rome' })

/**
 * The payment notice (avviso di pagamento) of a position: who is owed what and by when, the
 * notice number and the creditor's tax code, and the pagoPA QR code that apps and PSPs scan.
 * A simplified layout of the AgID model (no Poste data matrix: the Comune has no postal account here).
 */
export async function paymentNoticePdf(p: PaymentPosition, creditor: Pick<Creditor, 'name'>): Promise<Uint8Array> {
  const w = await newPdf('Avviso di pagamento pagoPA', creditor.name)
  field(w, 'Causale', p.reason)
  field(w, 'Destinatario', `${p.debtorName} (${p.debtorFiscalCode})`)
  field(w, 'Importo', centsToEuro(p.amountCents))
  field(w, 'Da pagare entro il', day(p.dueDate))
  field(w, 'Codice avviso', noticeCodeToPrinted(p.noticeCode!))
  field(w, 'Codice fiscale ente', p.creditorFiscalCode!)
  field(w, 'Codice IUV', p.iuv!)
  w.y -= 10
  const payload = noticeToQrPayload({ noticeCode: p.noticeCode!, creditorFiscalCode: p.creditorFiscalCode!, amountCents: p.amountCents })
  drawQrCode(w, payload, 50, w.y - 150, 150)
  const textX = 220
  w.y -= 4
  text(w, 'Dove pagare', { bold: true, x: textX })
  text(w, 'Online: nell’area personale del portale del Comune,', { size: 10, x: textX })
  text(w, 'con l’app IO o con la tua banca (inquadra il QR code).', { size: 10, x: textX })
  text(w, 'Di persona: presso banche, uffici postali, tabaccherie', { size: 10, x: textX })
  text(w, 'e supermercati aderenti a pagoPA, con il codice avviso.', { size: 10, x: textX })
  return w.doc.save()
}
