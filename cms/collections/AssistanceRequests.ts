import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeScoped } from '../access/officeScoped'
import { assistanceEndpoints } from '../reportOffice/endpoints'
import { assistanceStatuses, assistanceTopics } from '../reports/vocabulary'

const readOnly = { readOnly: true } as const

/**
 * "Richieste di assistenza": the short form without login (name, email, topic, message, optional
 * service) that lands in the URP's queue. The URP answers through a named action; the answer goes by
 * email (and to the desk of a logged-in citizen). Written only by the system.
 */
export const AssistanceRequests: CollectionConfig = {
  slug: 'assistance-requests',
  labels: { singular: 'Richiesta di assistenza', plural: 'Richieste di assistenza' },
  admin: {
    group: 'Segnalazioni', useAsTitle: 'code',
    defaultColumns: ['code', 'topic', 'name', 'status', 'createdAt'],
    listSearchableFields: ['code', 'name', 'email'],
  },
  access: { read: officeScoped('office'), create: nobody, update: nobody, delete: nobody },
  // The URP's named actions: reply by email, status (cms/reportOffice/endpoints.ts).
  endpoints: assistanceEndpoints,
  timestamps: true,
  fields: [
    // The URP's reply and status (named actions): shown, never stored.
    { type: 'ui', name: 'assistanceActions', admin: { components: { Field: '/components/reports/AssistanceActions#AssistanceActions' } } },
    { name: 'code', label: 'Codice', type: 'text', required: true, unique: true, index: true, admin: readOnly },
    { name: 'status', label: 'Stato', type: 'select', required: true, index: true, defaultValue: 'nuova', options: [...assistanceStatuses], enumName: 'enum_assistance_status', admin: { ...readOnly, position: 'sidebar' } },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'topic', label: 'Argomento', type: 'select', required: true, options: [...assistanceTopics], enumName: 'enum_assistance_topic', admin: readOnly },
    { name: 'service', label: 'Servizio', type: 'relationship', relationTo: 'services', admin: readOnly },
    { name: 'name', label: 'Nome e cognome', type: 'text', required: true, maxLength: 200, admin: readOnly },
    { name: 'email', label: 'Email', type: 'email', required: true, admin: readOnly },
    { name: 'citizen', label: 'Cittadino (SPID/CIE)', type: 'relationship', relationTo: 'citizens', index: true, admin: readOnly },
    { name: 'message', label: 'Messaggio', type: 'textarea', required: true, maxLength: 2000, admin: readOnly },
    { name: 'reply', label: 'Risposta', type: 'textarea', maxLength: 4000, admin: readOnly },
    { name: 'repliedAt', label: 'Risposta inviata il', type: 'date', admin: readOnly },
    { name: 'repliedBy', label: 'Risposta di', type: 'relationship', relationTo: 'users', admin: readOnly },
    { name: 'requestKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
