import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { canEditContent } from '../access/canEditContent'
import { slug } from '../fields/slug'
import { rebuildOnPublish } from '../publishing/rebuildQueue'

/** "Argomenti": the controlled vocabulary that ties news, services, offices and places together. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: 'Argomento', plural: 'Argomenti' },
  admin: { useAsTitle: 'title', group: 'Contenuti', defaultColumns: ['title', 'slug'] },
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: canEditContent },
  hooks: rebuildOnPublish({ always: true }),
  fields: [
    { name: 'title', label: 'Titolo', type: 'text', required: true },
    { name: 'description', label: 'Descrizione', type: 'textarea', maxLength: 300 },
    slug(),
  ],
}
