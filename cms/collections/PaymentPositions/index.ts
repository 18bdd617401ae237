import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { officeScoped, officeScopedCreate } from '../../access/officeScoped'
import { isDebtorCode, positionStatuses } from '../../payments/creditor'
import { exportPositionsCsv } from './endpoints/exportCsv'
import { importPositionsCsvEndpoint } from './endpoints/importCsv'
import { positionTotals } from './endpoints/totals'
import { assignNoticeCode } from './hooks/assignNoticeCode'

const readOnly = { readOnly: true, position: 'sidebar' } as const

/**
 * "Posizioni debitorie": what a person owes the Comune, with its pagoPA notice number. Created by
 * operators, imported from CSV or raised by a service fee; marked paid only by a pagoPA receipt
 * (api/services/receipts.ts). Citizens read their own through the public API, never here.
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
  access: { read: officeScoped(), create: officeScopedCreate, update: officeScoped(), delete: isAdmin },
  hooks: { beforeValidate: [assignNoticeCode] },
  endpoints: [exportPositionsCsv, positionTotals, importPositionsCsvEndpoint],
  fields: [
    { name: 'reason', label: 'Causale', type: 'text', required: true, maxLength: 140 },
    {
      name: 'amountCents', label: 'Importo in centesimi di euro', type: 'number', required: true, min: 1, max: 99_999_999,
      admin: { description: 'Per esempio 1250 per 12,50 €.', step: 1 },
      validate: (value: number | null | undefined) => (Number.isInteger(value) && value! > 0 ? true : 'L’importo deve essere un numero intero di centesimi maggiore di zero.'),
    },
    { name: 'dueDate', label: 'Scadenza', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
    { name: 'status', label: 'Stato', type: 'select', required: true, defaultValue: 'da-pagare', index: true, options: [...positionStatuses] },
    {
      type: 'row',
      fields: [
        {
          name: 'debtorFiscalCode', label: 'Codice fiscale del debitore', type: 'text', required: true, index: true,
          validate: (value: string | null | undefined) => (isDebtorCode(value ?? '') ? true : 'Codice fiscale non valido: 16 caratteri (persona) o 11 cifre (ente), in maiuscolo.'),
        },
        { name: 'debtorName', label: 'Nome e cognome (o ragione sociale) del debitore', type: 'text', required: true, maxLength: 140 },
      ],
    },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true },
    { name: 'service', label: 'Servizio', type: 'relationship', relationTo: 'services', index: true },
    { name: 'applicationRef', label: 'Riferimento della pratica', type: 'text', index: true },
    {
      name: 'source', label: 'Origine', type: 'select', required: true, defaultValue: 'operatore',
      options: [{ value: 'operatore', label: 'Inserita da un operatore' }, { value: 'importazione', label: 'Importata da CSV' }, { value: 'servizio', label: 'Diritti di un servizio' }],
      admin: { position: 'sidebar' },
    },
    { name: 'importBatch', label: 'Lotto di importazione', type: 'text', admin: readOnly },
    { name: 'iuv', label: 'IUV', type: 'text', unique: true, admin: readOnly },
    { name: 'noticeCode', label: 'Codice avviso', type: 'text', unique: true, index: true, admin: readOnly },
    { name: 'creditorFiscalCode', label: 'Codice fiscale dell’ente creditore', type: 'text', admin: readOnly },
    { name: 'registeredAt', label: 'Pubblicata su pagoPA il', type: 'date', admin: readOnly },
    { name: 'paidAt', label: 'Pagata il', type: 'date', admin: readOnly },
    { name: 'receipt', label: 'Ricevuta', type: 'relationship', relationTo: 'payment-receipts', admin: readOnly },
  ],
}
