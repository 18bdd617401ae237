import type { CollectionConfig } from 'payload'

import { documentTypes } from '../constants/documentTypes'
import { validateSafeUrl } from '../fields/safeUrl'
import { slug } from '../fields/slug'
import { summary } from '../fields/summary'
import { topics } from '../fields/topics'
import { publicContent } from './publicContent'

/** "Documenti": forms, regulations, technical documents and datasets, with their file. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: 'Documento', plural: 'Documenti' },
  admin: { useAsTitle: 'title', group: 'Amministrazione', defaultColumns: ['title', 'type', '_status'] },
  ...publicContent,
  fields: [
    { name: 'title', label: 'Titolo', type: 'text', required: true },
    { name: 'type', label: 'Tipo di documento', type: 'select', required: true, options: [...documentTypes] },
    summary(),
    { name: 'description', label: 'Descrizione', type: 'richText' },
    { name: 'file', label: 'File', type: 'upload', relationTo: 'media' },
    { name: 'externalUrl', label: 'Link esterno', type: 'text', validate: validateSafeUrl },
    { name: 'office', label: 'Ufficio responsabile', type: 'relationship', relationTo: 'offices' },
    { name: 'services', label: 'Servizi collegati', type: 'relationship', relationTo: 'services', hasMany: true },
    { name: 'documentDate', label: 'Data del documento', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
    { name: 'licence', label: 'Licenza', type: 'text', defaultValue: 'CC-BY 4.0' },
    topics(),
    slug(),
  ],
}
