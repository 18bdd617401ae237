import { describe, expect, it } from 'vitest'

import type { PaymentPosition, PaymentReceipt } from '../../cms/payload-types'
import { iuvFromBase, iuvToNoticeCode } from '../../cms/payments/noticeCode'
import { pdfToLines } from '../../cms/testing/pdfText'
import { paymentNoticePdf } from './paymentNoticePdf'
import { paymentReceiptPdf } from './paymentReceiptPdf'

const iuv = iuvFromBase('01', '0000000001250')
const position: PaymentPosition = {
  id: 1, reason: 'Dehors «Caffè d’Aragona» – luglio', amountCents: 1250, dueDate: '2026-07-31T00:00:00.000Z', status: 'da-pagare',
  debtorFiscalCode: 'WLSLKS80A01Z127X', debtorName: 'Łukasz Wałęsa', office: 1, source: 'operatore', iuv, noticeCode: iuvToNoticeCode(iuv),
  creditorFiscalCode: '00081490748', updatedAt: '2026-07-01T08:00:00.000Z', createdAt: '2026-07-01T08:00:00.000Z',
}
const creditor = { name: 'Comune di Brindisi' }

describe('payment PDFs', () => {
  it('print the reason, the debtor’s name and the amount as written, in euro', async () => {
    const { lines } = await pdfToLines(await paymentNoticePdf(position, creditor))
    expect(lines).toEqual(expect.arrayContaining(['CausaleDehors «Caffè d’Aragona» – luglio', 'DestinatarioŁukasz Wałęsa (WLSLKS80A01Z127X)', 'Importo12,50 €', 'Online: nell’area personale del portale del Comune,']))
  })

  it('print the receipt of a paid position with the same text', async () => {
    const receipt: PaymentReceipt = {
      id: 1, receiptId: 'RT-1', noticeCode: position.noticeCode!, creditorFiscalCode: '00081490748', amountCents: 1250, paidAt: '2026-07-02T10:00:00.000Z',
      pspName: 'Banca d’Italia – PSP di prova', reconciliation: 'abbinata', updatedAt: '2026-07-02T10:00:00.000Z', createdAt: '2026-07-02T10:00:00.000Z',
    }
    const { lines } = await pdfToLines(await paymentReceiptPdf(position, receipt, creditor))
    expect(lines).toEqual(expect.arrayContaining(['Pagato daŁukasz Wałęsa (WLSLKS80A01Z127X)', 'Importo pagato12,50 €', 'Prestatore (PSP)Banca d’Italia – PSP di prova']))
  })
})
