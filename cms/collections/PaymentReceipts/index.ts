import type { Access, CollectionConfig, Where } from 'payload'

import { nobody } from '../../access/nobody'
import { userToOfficeIds } from '../../access/officeScoped'
import { hasRole } from '../../access/roles'
import { reconcileReceiptEndpoint } from './endpoints/reconcile'

/** Why a receipt could not settle a position: staff reconcile these by hand. */
export const receiptProblems = [
  { value: 'avviso-sconosciuto', label: 'Avviso sconosciuto' },
  { value: 'gia-pagata', label: 'Posizione già pagata (pagamento doppio)' },
  { value: 'annullata', label: 'Posizione annullata' },
  { value: 'importo-diverso', label: 'Importo diverso da quello dovuto' },
  { value: 'ente-diverso', label: 'Codice fiscale dell’ente diverso' },
] as const

/** Admins see every receipt; operators those of their offices' positions and those matching no position. */
const readReceipts: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'operator')) return false
  const where: Where = { or: [{ 'position.office': { in: userToOfficeIds(user) } }, { position: { exists: false } }] }
  return where
}

/**
 * "Ricevute pagoPA": every payment receipt the platform sent, kept once per receipt id. A receipt
 * that settles no position (unknown notice, double payment, wrong amount) is "da riconciliare":
 * it is never lost, and staff close it with a note (the named action `riconcilia`, kept in
 * "Registro dei pagamenti"). Nobody edits or deletes a receipt over any interface.
 */
export const PaymentReceipts: CollectionConfig = {
  slug: 'payment-receipts',
  labels: { singular: 'Ricevuta pagoPA', plural: 'Ricevute pagoPA' },
  admin: {
    useAsTitle: 'receiptId',
    group: 'Pagamenti',
    defaultColumns: ['receiptId', 'noticeCode', 'amountCents', 'paidAt', 'reconciliation', 'problem'],
    description: 'Ogni ricevuta inviata da pagoPA. Quelle «da riconciliare» non hanno saldato una posizione (avviso sconosciuto, pagamento doppio, importo diverso): chiudile con una nota.',
    components: { beforeListTable: ['/components/PaymentTotals#ReceiptsToReconcile'] },
  },
  access: { read: readReceipts, create: nobody, update: nobody, delete: nobody },
  endpoints: [reconcileReceiptEndpoint],
  fields: [
    { type: 'ui', name: 'actions', admin: { position: 'sidebar', components: { Field: '/components/PositionActions#ReceiptReconcile' } } },
    { name: 'receiptId', label: 'Identificativo ricevuta', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    { name: 'noticeCode', label: 'Codice avviso', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'creditorFiscalCode', label: 'Codice fiscale dell’ente', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'amountCents', label: 'Importo pagato', type: 'number', required: true,
      admin: { readOnly: true, components: { Cell: '/components/cells/EuroCell#EuroCell', Field: '/components/money/EuroAmount#EuroField' } },
    },
    { name: 'paidAt', label: 'Data del pagamento', type: 'date', required: true, admin: { readOnly: true } },
    { name: 'pspName', label: 'Prestatore di servizi di pagamento', type: 'text', admin: { readOnly: true } },
    { name: 'paymentMethod', label: 'Strumento di pagamento', type: 'text', admin: { readOnly: true } },
    { name: 'position', label: 'Posizione debitoria', type: 'relationship', relationTo: 'payment-positions', index: true, admin: { readOnly: true } },
    // Unique: at most one receipt ever settles a position, whatever the order or concurrency of arrivals.
    { name: 'settlesPosition', type: 'text', unique: true, admin: { hidden: true } },
    {
      name: 'reconciliation', label: 'Riconciliazione', type: 'select', required: true, defaultValue: 'abbinata', index: true,
      options: [{ value: 'abbinata', label: 'Abbinata' }, { value: 'da-riconciliare', label: 'Da riconciliare' }, { value: 'riconciliata', label: 'Riconciliata a mano' }],
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'problem', label: 'Problema', type: 'select', options: [...receiptProblems], admin: { readOnly: true, position: 'sidebar' } },
    { name: 'staffNote', label: 'Nota di riconciliazione', type: 'textarea', admin: { position: 'sidebar', readOnly: true } },
  ],
}
