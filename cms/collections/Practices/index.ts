import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '../../access/nobody'
import { officeCaseload } from '../../access/officeCaseload'
import { hasRole } from '../../access/roles'
import { practiceStatuses } from '../../practices/workflow'
import { relationId } from '../../relationId'
import { checkTransition } from './hooks/checkTransition'
import { recordProcessing } from './hooks/recordProcessing'

const system = { readOnly: true } as const
/** Fields only the system writes (the citizen's API, the submission); staff read them. */
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
const operatorsOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'operator') || hasRole(user, 'admin')

/**
 * "Pratiche": a citizen's application for a service, from draft to decision. Citizens write their
 * drafts and submit through the public API (api/routes/practices.ts); the responsible office
 * processes it here: assignment, status along the workflow, messages, requests for documents.
 * Every change is written to "Storico delle pratiche", which nobody can edit.
 */
export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: { singular: 'Pratica', plural: 'Pratiche' },
  admin: {
    useAsTitle: 'title',
    group: 'Pratiche',
    defaultColumns: ['protocolNumber', 'title', 'applicantName', 'status', 'assignee', 'submittedAt'],
    listSearchableFields: ['protocolNumber', 'title', 'applicantName', 'applicantFiscalCode'],
    description: 'Le domande presentate online agli uffici di cui fai parte. Filtra per stato, servizio, data o assegnatario.',
  },
  access: { read: officeCaseload('office', 'status'), create: nobody, update: officeCaseload('office', 'status'), delete: nobody },
  hooks: { beforeChange: [checkTransition], afterChange: [recordProcessing] },
  fields: [
    { name: 'title', label: 'Oggetto', type: 'text', required: true, access: systemOnly, admin: system },
    {
      type: 'row',
      fields: [
        { name: 'protocolNumber', label: 'Numero di protocollo', type: 'text', unique: true, index: true, access: systemOnly, admin: system },
        { name: 'submittedAt', label: 'Presentata il', type: 'date', index: true, access: systemOnly, admin: { ...system, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'applicantName', label: 'Richiedente', type: 'text', required: true, access: systemOnly, admin: system },
        { name: 'applicantFiscalCode', label: 'Codice fiscale del richiedente', type: 'text', required: true, access: systemOnly, admin: system },
      ],
    },
    { name: 'data', label: 'Dati della domanda', type: 'json', access: systemOnly, admin: system },
    { name: 'attachments', label: 'Allegati', type: 'join', collection: 'practice-attachments', on: 'practice', admin: { defaultColumns: ['filename', 'slot', 'size', 'sha256', 'source'] } },
    { name: 'history', label: 'Storico', type: 'join', collection: 'practice-events', on: 'practice', defaultSort: 'createdAt', admin: { defaultColumns: ['createdAt', 'kind', 'actorLabel', 'toStatus', 'message'] } },
    // Sidebar: what the operator does.
    {
      name: 'status', label: 'Stato', type: 'select', required: true, defaultValue: 'bozza', index: true, options: [...practiceStatuses],
      admin: { position: 'sidebar', description: 'Presentata → In lavorazione → In attesa di integrazioni → Accolta, Respinta o Chiusa.' },
    },
    {
      name: 'assignee', label: 'Assegnata a', type: 'relationship', relationTo: 'users', index: true, access: { update: operatorsOnly }, admin: { position: 'sidebar' },
      // Only operators of the responsible office can take the application in hand.
      filterOptions: ({ data }) => (data?.office ? { offices: { in: [relationId(data.office)] } } : true),
    },
    {
      name: 'messageToCitizen', label: 'Messaggio al cittadino', type: 'textarea', maxLength: 4000,
      admin: { position: 'sidebar', description: 'Inviato al cittadino per email e nella sua area personale. Obbligatorio se chiedi integrazioni o respingi la domanda.' },
    },
    { name: 'internalNote', label: 'Nota interna', type: 'textarea', maxLength: 4000, admin: { position: 'sidebar', description: 'Visibile solo agli operatori, resta nello storico.' } },
    { name: 'service', label: 'Servizio', type: 'relationship', relationTo: 'services', required: true, index: true, access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'office', label: 'Ufficio responsabile', type: 'relationship', relationTo: 'offices', required: true, index: true, access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'citizen', label: 'Cittadino', type: 'relationship', relationTo: 'citizens', required: true, index: true, access: { ...systemOnly, read: () => true }, admin: { hidden: true } },
    { name: 'version', type: 'number', required: true, defaultValue: 1, access: systemOnly, admin: { hidden: true } },
    { name: 'openRequest', label: 'Integrazioni richieste', type: 'textarea', access: systemOnly, admin: { ...system, position: 'sidebar', condition: (data) => data?.status === 'in-attesa-cittadino' } },
    { name: 'openRequestAt', type: 'date', access: systemOnly, admin: { hidden: true } },
  ],
}
