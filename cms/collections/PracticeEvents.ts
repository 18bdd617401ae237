import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeCaseload } from '../access/officeCaseload'
import { practiceEventKinds, practiceStatuses } from '../practices/workflow'

/**
 * "Storico delle pratiche": the audit trail of every application — who did what and when. Written
 * only by the system (submission, operators' saves, the citizen's answers); nobody edits or
 * deletes an entry, not even an administrator.
 */
export const PracticeEvents: CollectionConfig = {
  slug: 'practice-events',
  labels: { singular: 'Evento della pratica', plural: 'Storico delle pratiche' },
  admin: { group: 'Pratiche', useAsTitle: 'kind', defaultColumns: ['createdAt', 'practice', 'kind', 'actorLabel', 'toStatus'], hidden: false },
  // A draft's history (its creation) belongs to the citizen until they submit it.
  access: { read: officeCaseload('office', 'practice.status'), create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'practice', label: 'Pratica', type: 'relationship', relationTo: 'practices', required: true, index: true },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true },
    { name: 'kind', label: 'Evento', type: 'select', required: true, options: [...practiceEventKinds] },
    { name: 'fromStatus', label: 'Da', type: 'select', options: [...practiceStatuses], enumName: 'enum_pe_from' },
    { name: 'toStatus', label: 'A', type: 'select', options: [...practiceStatuses], enumName: 'enum_pe_to' },
    { name: 'actorType', label: 'Chi', type: 'select', required: true, options: [{ value: 'cittadino', label: 'Cittadino' }, { value: 'operatore', label: 'Operatore' }, { value: 'sistema', label: 'Sistema' }] },
    { name: 'actor', label: 'Operatore', type: 'relationship', relationTo: 'users' },
    { name: 'actorLabel', label: 'Autore', type: 'text', required: true },
    { name: 'message', label: 'Messaggio o nota', type: 'textarea' },
    { name: 'visibleToCitizen', label: 'Visibile al cittadino', type: 'checkbox', defaultValue: false },
  ],
}
