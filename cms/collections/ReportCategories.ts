import type { CollectionConfig } from 'payload'

import { canEditContent } from '../access/canEditContent'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'

/**
 * "Categorie delle segnalazioni": what a citizen can report (strade, illuminazione, rifiuti …), the office
 * each category goes to and its target time. Editors and admins keep the list; the citizen's form, the
 * public map's filter and Open311's `services` read it.
 */
export const ReportCategories: CollectionConfig = {
  slug: 'report-categories',
  labels: { singular: 'Categoria di segnalazione', plural: 'Categorie delle segnalazioni' },
  admin: { group: 'Segnalazioni', useAsTitle: 'name', defaultColumns: ['name', 'office', 'targetDays', 'active', 'order'] },
  access: { read: isStaff, create: canEditContent, update: canEditContent, delete: isAdmin },
  defaultSort: 'order',
  fields: [
    { name: 'name', label: 'Nome', type: 'text', required: true, maxLength: 80 },
    // Open311's service_code: stable, never reused.
    { name: 'slug', label: 'Codice', type: 'text', required: true, unique: true, index: true, admin: { description: 'Codice stabile (service_code di Open311): minuscole, cifre e trattini.' },
      validate: (value: unknown) => (typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : 'Usa solo minuscole, cifre e trattini.') },
    { name: 'description', label: 'Descrizione per il cittadino', type: 'textarea', maxLength: 300 },
    { name: 'office', label: 'Ufficio competente', type: 'relationship', relationTo: 'offices', required: true, index: true },
    { name: 'targetDays', label: 'Tempo obiettivo di risoluzione (giorni)', type: 'number', required: true, defaultValue: 15, min: 1, max: 365 },
    { name: 'active', label: 'Attiva', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar', description: 'Se tolta, la categoria non si sceglie più; le segnalazioni già inviate restano.' } },
    { name: 'order', label: 'Ordine', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
  ],
}
