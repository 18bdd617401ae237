import type { Endpoint, Where } from 'payload'

import { centsToEuro, positionStatuses } from '../../../payments/creditor'

const statusLabel = Object.fromEntries(positionStatuses.map((s) => [s.value, s.label]))
const cell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value)
  // Quote every cell; a leading = + - @ would run as a formula in a spreadsheet.
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`
}

/** GET /api/payment-positions/esporta.csv: the positions the staff member may see (list filters via ?where=), as CSV. */
export const exportPositionsCsv: Endpoint = {
  path: '/esporta.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Accesso riservato al personale.' }] }, { status: 401 })
    const where = (req.query?.where ?? {}) as Where
    const { docs } = await req.payload.find({ collection: 'payment-positions', where, overrideAccess: false, user: req.user, pagination: false, depth: 1, sort: 'dueDate' })
    const header = ['codice_avviso', 'iuv', 'codice_fiscale', 'nominativo', 'causale', 'importo', 'scadenza', 'stato', 'servizio', 'ufficio', 'pagata_il']
    const rows = docs.map((p) => [
      p.noticeCode, p.iuv, p.debtorFiscalCode, p.debtorName, p.reason, centsToEuro(p.amountCents).replace(' €', ''), p.dueDate.slice(0, 10),
      statusLabel[p.status], typeof p.service === 'object' ? p.service?.title : p.service, typeof p.office === 'object' ? p.office.title : p.office, p.paidAt?.slice(0, 10),
    ])
    const csv = [header, ...rows].map((r) => r.map(cell).join(';')).join('\r\n')
    return new Response(`\uFEFF${csv}\r\n`, {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="posizioni-debitorie.csv"', 'cache-control': 'private, no-store' },
    })
  },
}
