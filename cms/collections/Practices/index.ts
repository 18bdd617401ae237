import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '../../access/nobody'
import { officeCaseload } from '../../access/officeCaseload'
import { termUnits } from '../../practices/deadline'
import { practiceEndpoints } from '../../practices/endpoints'
import { practiceStatuses } from '../../practices/workflow'

const system = { readOnly: true } as const
/** Fields only the system writes (the citizen's API, the submission); staff read them. */
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/**
 * "Pratiche": a citizen's application for a service, from draft to decision. Citizens write their
 * drafts and submit through the public API (api/routes/practices.ts); the responsible office
 * processes it here: assignment, status along the workflow, messages, requests for documents.
 * Every change is written to "Storico delle pratiche", which nobody can edit.
 */
export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: { singular: 'Pratica', plural: 'Pratiche' },
  // Saved filters ("I miei filtri"): a clerk's chosen view of the queue stays when they come back.
  enableQueryPresets: true,
  admin: {
    useAsTitle: 'title',
    group: 'Pratiche',
    defaultColumns: ['protocolNumber', 'title', 'applicantName', 'status', 'assignee', 'dueAt', 'submittedAt'],
    listSearchableFields: ['protocolNumber', 'title', 'applicantName', 'applicantFiscalCode'],
    description: 'Le domande presentate online agli uffici di cui fai parte. Filtra per stato, servizio, data o assegnatario.',
    components: { beforeListTable: [{ path: '/components/ExportCsvLink#ExportCsvLink', clientProps: { collection: 'practices' } }] },
  },
  // Nobody edits an application: operators act on it through named actions (cms/practices/actions).
  access: { read: officeCaseload('office', 'status'), create: nobody, update: nobody, delete: nobody },
  endpoints: practiceEndpoints,
  fields: [
    { name: 'title', label: 'Oggetto', type: 'text', required: true, access: systemOnly, admin: system },
    {
      type: 'row',
      fields: [
        { name: 'protocolNumber', label: 'Numero di protocollo', type: 'text', unique: true, index: true, access: systemOnly, admin: system },
        { name: 'submittedAt', label: 'Presentata il', type: 'date', index: true, access: systemOnly, admin: { ...system, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'applicantName', label: 'Richiedente', type: 'text', required: true, access: systemOnly, admin: system },
        { name: 'applicantFiscalCode', label: 'Codice fiscale del richiedente', type: 'text', required: true, access: systemOnly, admin: system },
      ],
    },
    // What the citizen declared, read through the form as it was when they submitted it (formSnapshot).
    { name: 'data', label: 'Dati della domanda', type: 'json', access: systemOnly, admin: { hidden: true } },
    { name: 'formSnapshot', label: 'Modulo al momento della presentazione', type: 'json', access: systemOnly, admin: { hidden: true } },
    { name: 'answers', label: 'Dati della domanda', type: 'ui', admin: { components: { Field: '/components/practices/PracticeAnswers#PracticeAnswers' } } },
    { name: 'historyView', label: 'Storico', type: 'ui', admin: { components: { Field: '/components/practices/PracticeHistory#PracticeHistory' } } },
    // Sidebar: where the application stands, and the only ways to move it (named actions).
    { name: 'status', label: 'Stato', type: 'select', required: true, defaultValue: 'bozza', index: true, options: [...practiceStatuses], access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'assignee', label: 'Assegnata a', type: 'relationship', relationTo: 'users', index: true, access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'deadline', label: 'Termine del procedimento', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/practices/PracticeDeadline#PracticeDeadline' } } },
    { name: 'actions', label: 'Azioni', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/practices/PracticeActions#PracticeActions' } } },
    { name: 'service', label: 'Servizio', type: 'relationship', relationTo: 'services', required: true, index: true, access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'office', label: 'Ufficio responsabile', type: 'relationship', relationTo: 'offices', required: true, index: true, access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'citizen', label: 'Cittadino', type: 'relationship', relationTo: 'citizens', required: true, index: true, access: { ...systemOnly, read: () => true }, admin: { hidden: true } },
    { name: 'version', type: 'number', required: true, defaultValue: 1, access: systemOnly, admin: { hidden: true } },
    // Evidence of consent: when the citizen accepted the form's privacy notice (kept across resumes, never reset).
    { name: 'privacyAcceptedAt', label: 'Informativa privacy accettata il', type: 'date', access: systemOnly, admin: { ...system, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    // The step of the online form the citizen was on when the draft was last saved: a resume opens there.
    { name: 'resumeStep', type: 'number', min: 0, access: systemOnly, admin: { hidden: true } },
    { name: 'openRequest', label: 'Integrazioni richieste', type: 'textarea', access: systemOnly, admin: { ...system, position: 'sidebar', condition: (data) => data?.status === 'in-attesa-cittadino' } },
    { name: 'openRequestAt', type: 'date', access: systemOnly, admin: { hidden: true } },
    // The legal term (L. 241/1990), fixed at submission from the service: see cms/practices/deadline.ts.
    { name: 'termDays', label: 'Termine (giorni)', type: 'number', access: systemOnly, admin: { hidden: true } },
    { name: 'termUnit', label: 'Tipo di giorni', type: 'select', options: [...termUnits], access: systemOnly, admin: { hidden: true } },
    { name: 'dueAt', label: 'Scadenza', type: 'date', index: true, access: systemOnly, admin: { ...system, condition: () => false, components: { Cell: '/components/practices/DueDateCell#DueDateCell' } } },
    { name: 'suspendedSince', label: 'Termine sospeso dal', type: 'date', access: systemOnly, admin: { hidden: true } },
    { name: 'suspensions', type: 'json', access: systemOnly, admin: { hidden: true } },
    { name: 'decidedAt', label: 'Conclusa il', type: 'date', index: true, access: systemOnly, admin: { hidden: true } },
  ],
}
