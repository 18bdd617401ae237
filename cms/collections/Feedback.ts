import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { feedbackReasons } from '../constants/feedbackReasons'

/** Answers to "Quanto sono chiare le informazioni su questa pagina?", written by the public API. */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: 'Valutazione pagina', plural: 'Valutazioni pagine' },
  admin: { group: 'Amministrazione', defaultColumns: ['path', 'rating', 'reason', 'createdAt'], useAsTitle: 'path' },
  access: {
    read: isStaff,
    // Citizens write through the public API (validated, rate limited), never through the admin REST API.
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  fields: [
    { name: 'path', label: 'Pagina', type: 'text', required: true, index: true },
    { name: 'rating', label: 'Voto (1-5)', type: 'number', required: true, min: 1, max: 5 },
    {
      name: 'reason',
      label: 'Motivo',
      type: 'select',
      options: [...feedbackReasons.negative, ...feedbackReasons.positive].map(({ value, label }) => ({ value, label })),
    },
    { name: 'comment', label: 'Commento', type: 'textarea', maxLength: 200 },
  ],
}
