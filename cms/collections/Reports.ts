import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeScoped } from '../access/officeScoped'
import { reportEndpoints } from '../reportOffice/endpoints'
import { moderationStates, reportCloseReasons, reportStatuses } from '../reports/vocabulary'

const readOnly = { readOnly: true } as const

/**
 * "Segnalazioni": a problem in the city reported by a citizen (Segnala un disservizio). Written only by
 * the reports engine (cms/reports/): citizens create, confirm and follow through the public API, offices
 * change a report through named actions, every step lands in "Storico delle segnalazioni".
 *
 * Public: category, place, status, the office's public answers, and — once moderated — `publicText` and
 * the approved photos. Never public: the reporter's name, email and codice fiscale, internal notes.
 */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: 'Segnalazione', plural: 'Segnalazioni' },
  admin: {
    group: 'Segnalazioni', useAsTitle: 'code',
    defaultColumns: ['code', 'title', 'category', 'status', 'moderation', 'targetDate', 'createdAt'],
    listSearchableFields: ['code', 'title', 'address'],
    components: { beforeListTable: [{ path: '/components/reports/ReportQueueLink#ReportQueueLink', clientProps: { variant: 'list' } }] },
  },
  access: { read: officeScoped('office'), create: nobody, update: nobody, delete: nobody },
  // The office's named actions, statistics and photo previews (cms/reportOffice/endpoints.ts).
  endpoints: reportEndpoints,
  timestamps: true,
  indexes: [{ fields: ['status', 'category'] }],
  fields: [
    // The office's work on the report (named actions) and its trail: shown, never stored.
    { type: 'ui', name: 'officeActions', admin: { components: { Field: '/components/reports/ReportOfficePanel#ReportOfficePanel' } } },
    { type: 'ui', name: 'historyView', label: 'Storico', admin: { components: { Field: '/components/reports/ReportHistory#ReportHistory' } } },
    { name: 'code', label: 'Codice', type: 'text', required: true, unique: true, index: true, admin: readOnly },
    { name: 'status', label: 'Stato', type: 'select', required: true, index: true, defaultValue: 'da-confermare', options: [...reportStatuses], enumName: 'enum_reports_status', admin: { ...readOnly, position: 'sidebar' } },
    { name: 'closeReason', label: 'Motivo della chiusura', type: 'select', options: [...reportCloseReasons], enumName: 'enum_reports_close_reason', admin: readOnly },
    { name: 'category', label: 'Categoria', type: 'relationship', relationTo: 'report-categories', required: true, index: true, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'assignee', label: 'Assegnata a', type: 'relationship', relationTo: 'users', index: true, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'title', label: 'Oggetto', type: 'text', required: true, maxLength: 120, admin: readOnly },
    // What the citizen wrote: read by staff only.
    { name: 'description', label: 'Descrizione del cittadino', type: 'textarea', required: true, maxLength: 2000, admin: readOnly },
    // What the public reads, once moderation approves it (the citizen's text, or staff's edit of it without personal data).
    { name: 'publicText', label: 'Testo pubblico', type: 'textarea', maxLength: 2000, admin: readOnly },
    { name: 'moderation', label: 'Moderazione', type: 'select', required: true, index: true, defaultValue: 'in-attesa', options: [...moderationStates], enumName: 'enum_reports_moderation', admin: { ...readOnly, position: 'sidebar' } },
    {
      type: 'row',
      fields: [
        { name: 'latitude', label: 'Latitudine', type: 'number', required: true, index: true, admin: readOnly },
        { name: 'longitude', label: 'Longitudine', type: 'number', required: true, index: true, admin: readOnly },
      ],
    },
    { name: 'address', label: 'Indirizzo', type: 'text', maxLength: 200, admin: readOnly },
    { name: 'area', label: 'Quartiere', type: 'text', index: true, maxLength: 80, admin: readOnly },
    // How the place was given: map, street list, device, or the photo's own GPS (only when the citizen accepted).
    { name: 'locationSource', label: 'Posizione indicata da', type: 'select', options: [{ value: 'mappa', label: 'Mappa' }, { value: 'indirizzo', label: 'Indirizzo' }, { value: 'dispositivo', label: 'Posizione del dispositivo' }, { value: 'foto', label: 'Posizione della foto' }], enumName: 'enum_reports_location_source', admin: readOnly },
    // The office's latest public answer (all of them are in the trail, kind `risposta`).
    { name: 'publicAnswer', label: 'Ultima risposta pubblica', type: 'textarea', maxLength: 2000, admin: readOnly },
    { name: 'targetDate', label: 'Da risolvere entro', type: 'date', index: true, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'confirmedAt', label: 'Pubblicata il', type: 'date', index: true, admin: readOnly },
    { name: 'solvedAt', label: 'Risolta il', type: 'date', admin: readOnly },
    { name: 'closedAt', label: 'Chiusa il', type: 'date', admin: readOnly },
    { name: 'mergedInto', label: 'Unita alla segnalazione', type: 'relationship', relationTo: 'reports', index: true, admin: readOnly },
    { name: 'followersCount', label: 'Cittadini che la seguono', type: 'number', defaultValue: 0, admin: readOnly },
    // The reporter: never public.
    { name: 'reporterName', label: 'Segnalata da', type: 'text', required: true, maxLength: 200, admin: readOnly },
    { name: 'reporterEmail', label: 'Email di chi segnala', type: 'email', required: true, admin: readOnly },
    { name: 'citizen', label: 'Cittadino (SPID/CIE)', type: 'relationship', relationTo: 'citizens', index: true, admin: readOnly },
    { name: 'channel', label: 'Canale', type: 'select', required: true, defaultValue: 'web', options: [{ value: 'web', label: 'Sito' }, { value: 'open311', label: 'Open311' }, { value: 'ufficio', label: 'Ufficio' }], enumName: 'enum_reports_channel', admin: readOnly },
    // A doubled or retried "Invia" carries the same key: one report.
    { name: 'requestKey', type: 'text', unique: true, admin: { hidden: true } },
    // Bumped at every change: ETags of the public list, optimistic checks of named actions.
    { name: 'version', type: 'number', required: true, defaultValue: 1, admin: { hidden: true } },
  ],
}
