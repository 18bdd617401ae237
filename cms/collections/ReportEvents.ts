import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeScoped } from '../access/officeScoped'
import { reportEventKinds, reportStatuses } from '../reports/vocabulary'

/**
 * "Storico delle segnalazioni": sent, confirmed, assigned, status changes, public answers, internal
 * notes, re-assignments, merges, moderation, follows — by whom. Append-only, written by the system.
 * `public` marks what the report's public page shows (answers and status changes), never notes.
 */
export const ReportEvents: CollectionConfig = {
  slug: 'report-events',
  labels: { singular: 'Evento della segnalazione', plural: 'Storico delle segnalazioni' },
  admin: { group: 'Segnalazioni', useAsTitle: 'kind', defaultColumns: ['createdAt', 'report', 'kind', 'status', 'actorLabel'] },
  access: { read: officeScoped('office'), create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'report', label: 'Segnalazione', type: 'relationship', relationTo: 'reports', required: true, index: true },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true },
    { name: 'kind', label: 'Evento', type: 'select', required: true, options: [...reportEventKinds], enumName: 'enum_re_kind' },
    { name: 'status', label: 'Nuovo stato', type: 'select', options: [...reportStatuses], enumName: 'enum_re_status' },
    { name: 'public', label: 'Pubblico', type: 'checkbox', defaultValue: false },
    { name: 'text', label: 'Testo', type: 'textarea', maxLength: 2000 },
    { name: 'otherReport', label: 'Altra segnalazione', type: 'relationship', relationTo: 'reports' },
    { name: 'otherOffice', label: 'Altro ufficio', type: 'relationship', relationTo: 'offices' },
    { name: 'actor', label: 'Operatore', type: 'relationship', relationTo: 'users' },
    { name: 'actorLabel', label: 'Autore', type: 'text', required: true },
  ],
}
