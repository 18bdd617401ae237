/** A payment position as /api/me/pagamenti returns it. */
export type Payment = {
  id: number; reason: string; amountCents: number; dueDate: string; status: 'da-pagare' | 'pagata' | 'scaduta' | 'annullata'
  noticeCode: string; iuv: string; creditorFiscalCode: string; paidAt: string | null; payable: boolean; hasReceipt: boolean
}

/** Euro cents as Italian money text, e.g. 1250 → "12,50 €". */
export const centsToEuro = (cents: number): string => new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' }).format(cents / 100)

/** An ISO date as an Italian day, in Italy's time zone. */
export const dateToItalian = (iso: string): string => new Date(iso).toLocaleDateString('it-IT', { timeZone: 'Europe/Rome' })
