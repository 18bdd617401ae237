import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '../../access/nobody'
import { officePositions } from '../../access/officePositions'
import { officeScopedCreate } from '../../access/officeScoped'
import { isDebtorCode, positionStatuses } from '../../payments/creditor'
import { exportPositionsCsv } from './endpoints/exportCsv'
import { importPositionsCsvEndpoint } from './endpoints/importCsv'
import { cancelPositionEndpoint, correctPositionEndpoint } from './endpoints/positionActions'
import { positionTotals } from './endpoints/totals'
import { assignNoticeCode } from './hooks/assignNoticeCode'
import { recordPositionChange } from './hooks/recordPositionChange'
import { notifyPaymentChange } from '../../notifications/hooks/notifyPaymentChange'

const readOnly = { readOnly: true, position: 'sidebar' } as const
/** Written by the system only (receipts, registration, service fees): never by staff, over any interface. */
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
/** Given by staff when they create a position; afterwards changed only through the named actions. */
const createOnly: { update: FieldAccess } = { update: () => false }

/**
 * "Posizioni debitorie": what a person owes the Comune, with its pagoPA notice number. Created by
 * operators, imported from CSV or raised by a service fee; marked paid only by a pagoPA receipt
 * (api/services/receipts.ts). Citizens read their own through the public API, never here.
 * Nobody updates or deletes a position over the API: staff correct or cancel it through the named
 * actions (endpoints/positionActions.ts), and every change lands in "Registro dei pagamenti".
 */
export const PaymentPositions: CollectionConfig = {
  slug: 'payment-positions',
  labels: { singular: 'Posizione debitoria', plural: 'Posizioni debitorie' },
  admin: {
    useAsTitle: 'reason',
    group: 'Pagamenti',
    defaultColumns: ['reason', 'debtorName', 'amountCents', 'dueDate', 'status', 'service', 'office'],
    listSearchableFields: ['reason', 'noticeCode', 'debtorFiscalCode', 'debtorName'],
    components: { beforeListTable: ['/components/PaymentTotals#PaymentTotals', '/components/CsvImportForm#CsvImportForm'] },
  },
  access: { read: officePositions, create: officeScopedCreate, update: nobody, delete: nobody },
  hooks: { beforeValidate: [assignNoticeCode], afterChange: [recordPositionChange, notifyPaymentChange] },
  endpoints: [exportPositionsCsv, positionTotals, importPositionsCsvEndpoint, correctPositionEndpoint, cancelPositionEndpoint],
  fields: [
    { type: 'ui', name: 'actions', admin: { position: 'sidebar', components: { Field: '/components/PositionActions#PositionActions' } } },
    { name: 'reason', label: 'Causale', type: 'text', required: true, maxLength: 140, access: createOnly },
    {
      name: 'amountCents', label: 'Importo in centesimi di euro', type: 'number', required: true, min: 1, max: 99_999_999, access: createOnly,
      admin: { description: 'Per esempio 1250 per 12,50 €.', step: 1, components: { Cell: '/components/cells/EuroCell#EuroCell', afterInput: ['/components/money/EuroAmount#EuroPreview'] } },
      validate: (value: number | null | undefined) => (Number.isInteger(value) && value! > 0 ? true : 'L’importo deve essere un numero intero di centesimi maggiore di zero.'),
    },
    // The part of the amount that is the digital stamp duty (marca da bollo): its own transfer of the pagoPA position.
    { name: 'stampDutyCents', label: 'Di cui marca da bollo digitale (centesimi)', type: 'number', min: 1, access: systemOnly, admin: { readOnly: true, components: { Cell: '/components/cells/EuroCell#EuroCell' } } },
    { name: 'dueDate', label: 'Scadenza', type: 'date', required: true, index: true, access: createOnly, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'status', label: 'Stato', type: 'select', required: true, defaultValue: 'da-pagare', index: true, options: [...positionStatuses], access: systemOnly, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'debtorFiscalCode', label: 'Codice fiscale del debitore', type: 'text', required: true, index: true, access: createOnly,
          validate: (value: string | null | undefined) => (isDebtorCode(value ?? '') ? true : 'Codice fiscale non valido: 16 caratteri (persona) o 11 cifre (ente), in maiuscolo.'),
        },
        { name: 'debtorName', label: 'Nome e cognome (o ragione sociale) del debitore', type: 'text', required: true, maxLength: 140, access: createOnly },
      ],
    },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true, access: createOnly },
    { name: 'service', label: 'Servizio', type: 'relationship', relationTo: 'services', index: true, access: createOnly },
    { name: 'applicationRef', label: 'Riferimento della pratica', type: 'text', index: true, access: systemOnly, admin: readOnly },
    { name: 'practice', label: 'Pratica', type: 'relationship', relationTo: 'practices', index: true, access: systemOnly, admin: readOnly },
    {
      name: 'source', label: 'Origine', type: 'select', required: true, defaultValue: 'operatore', access: systemOnly,
      options: [{ value: 'operatore', label: 'Inserita da un operatore' }, { value: 'importazione', label: 'Importata da CSV' }, { value: 'servizio', label: 'Diritti di un servizio' }],
      admin: { position: 'sidebar' },
    },
    { name: 'importBatch', label: 'Lotto di importazione', type: 'text', access: systemOnly, admin: readOnly },
    { name: 'iuv', label: 'IUV', type: 'text', unique: true, access: systemOnly, admin: readOnly },
    { name: 'noticeCode', label: 'Codice avviso', type: 'text', unique: true, index: true, access: systemOnly, admin: readOnly },
    { name: 'creditorFiscalCode', label: 'Codice fiscale dell’ente creditore', type: 'text', access: systemOnly, admin: readOnly },
    { name: 'registeredAt', label: 'Pubblicata su pagoPA il', type: 'date', access: systemOnly, admin: readOnly },
    { name: 'paidAt', label: 'Pagata il', type: 'date', access: systemOnly, admin: readOnly },
    { name: 'receipt', label: 'Ricevuta', type: 'relationship', relationTo: 'payment-receipts', access: systemOnly, admin: readOnly },
  ],
}
