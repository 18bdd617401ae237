import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeScoped } from '../access/officeScoped'
import { certificateEndpoints } from '../certificateOffice/endpoints'
import { certificateRelations, certificateStatuses, certificateTypes, certificateUses } from '../certificates/vocabulary'

const readOnly = { readOnly: true } as const

/**
 * "Certificati emessi": every registry certificate a citizen asked for online. Written only by the
 * certificate engine (cms/certificates/); staff read them and revoke one through a named action, and
 * every step lands in "Storico dei certificati". `code` is given at issue and printed on the paper with
 * the QR code of the public verification page; `sha256` is the fingerprint of the sealed PDF as issued.
 */
export const Certificates: CollectionConfig = {
  slug: 'certificates',
  labels: { singular: 'Certificato', plural: 'Certificati emessi' },
  admin: {
    group: 'Certificati', useAsTitle: 'code',
    defaultColumns: ['code', 'type', 'subjectName', 'requesterName', 'use', 'bollo', 'status', 'issuedAt'],
    listSearchableFields: ['code', 'subjectName', 'requesterName', 'subjectFiscalCode', 'requesterFiscalCode'],
    description: 'I certificati richiesti online dai cittadini. Cerca per codice, nome o codice fiscale; usa i filtri per tipo, stato, uso o data.',
    // The counts per type and month, then "Esporta CSV" of the rows in the list (cms/certificateOffice/).
    components: { beforeListTable: ['/components/certificates/CertificateCounts#CertificateCounts', { path: '/components/ExportCsvLink#ExportCsvLink', clientProps: { collection: 'certificates' } }] },
  },
  access: { read: officeScoped('office'), create: nobody, update: nobody, delete: nobody },
  // The export, the counts and the "Revoca" named action (cms/certificateOffice/endpoints.ts).
  endpoints: certificateEndpoints,
  timestamps: true,
  fields: [
    // "Revoca", in the sidebar: the only change staff make to a certificate.
    { type: 'ui', name: 'actions', admin: { position: 'sidebar', components: { Field: '/components/certificates/CertificateActions#CertificateActions' } } },
    { name: 'code', label: 'Codice del certificato', type: 'text', unique: true, index: true, admin: readOnly },
    { name: 'type', label: 'Tipo', type: 'select', required: true, index: true, options: [...certificateTypes], enumName: 'enum_cert_type', admin: readOnly },
    { name: 'status', label: 'Stato', type: 'select', required: true, index: true, defaultValue: 'da-pagare', options: [...certificateStatuses], enumName: 'enum_cert_status', admin: readOnly },
    { name: 'requesterFiscalCode', label: 'Codice fiscale del richiedente', type: 'text', required: true, index: true, admin: readOnly },
    { name: 'requesterName', label: 'Richiedente', type: 'text', required: true, admin: readOnly },
    { name: 'subjectFiscalCode', label: 'Codice fiscale dell’intestatario', type: 'text', required: true, index: true, admin: readOnly },
    { name: 'subjectName', label: 'Intestatario', type: 'text', required: true, admin: readOnly },
    { name: 'relation', label: 'Richiesto', type: 'select', required: true, options: [...certificateRelations], enumName: 'enum_cert_relation', admin: readOnly },
    { name: 'use', label: 'Uso dichiarato', type: 'select', required: true, index: true, options: [...certificateUses], enumName: 'enum_cert_use', admin: readOnly },
    { name: 'exemptionLabel', label: 'Esenzione', type: 'text', admin: readOnly },
    { name: 'exemptionReference', label: 'Riferimento normativo dell’esenzione', type: 'text', admin: readOnly },
    { name: 'bolloCents', label: 'Marca da bollo (centesimi)', type: 'number', required: true, defaultValue: 0, admin: { ...readOnly, components: { Cell: '/components/cells/EuroCell#EuroCell' } } },
    { name: 'dirittiCents', label: 'Diritti di segreteria (centesimi)', type: 'number', required: true, defaultValue: 0, admin: { ...readOnly, components: { Cell: '/components/cells/EuroCell#EuroCell' } } },
    { name: 'position', label: 'Pagamento pagoPA', type: 'relationship', relationTo: 'payment-positions', index: true, admin: readOnly },
    { name: 'office', label: 'Ufficio che rilascia', type: 'relationship', relationTo: 'offices', required: true, index: true, admin: readOnly },
    { name: 'requestKey', type: 'text', unique: true, required: true, admin: { hidden: true } },
    { name: 'issuedAt', label: 'Emesso il', type: 'date', index: true, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sha256', label: 'Impronta SHA-256 del PDF', type: 'text', admin: readOnly },
    { name: 'filename', label: 'Nome del file', type: 'text', admin: readOnly },
    { name: 'size', label: 'Dimensione (byte)', type: 'number', admin: readOnly },
    { name: 'storageKey', type: 'text', admin: { hidden: true } },
    { name: 'testSeal', label: 'Sigillo di prova (demo)', type: 'checkbox', defaultValue: false, admin: readOnly },
    { name: 'revokedAt', label: 'Revocato il', type: 'date', admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'revokeReason', label: 'Motivo della revoca', type: 'textarea', admin: readOnly },
    { name: 'revokedBy', label: 'Revocato da', type: 'relationship', relationTo: 'users', admin: readOnly },
    // The list's "Marca da bollo" column: paid, to pay, or the exemption declared.
    { type: 'ui', name: 'bollo', label: 'Marca da bollo', admin: { components: { Cell: '/components/certificates/BolloCell#BolloCell' } } },
    // The certificate's trail in words (Storico dei certificati), read only.
    { type: 'ui', name: 'historyView', label: 'Storico', admin: { components: { Field: '/components/certificates/CertificateHistory#CertificateHistory' } } },
  ],
}
