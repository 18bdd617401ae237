import type { CollectionConfig } from 'payload'

import { adminUnlessDraft } from '../access/adminUnlessDraft'
import { nobody } from '../access/nobody'

/**
 * "Messaggi ai cittadini": what the Comune tells a citizen about their applications, shown in the
 * desk's "Messaggi". Written by the system when an operator acts; citizens read their own
 * through the public API.
 */
export const CitizenMessages: CollectionConfig = {
  slug: 'citizen-messages',
  labels: { singular: 'Messaggio al cittadino', plural: 'Messaggi ai cittadini' },
  admin: { group: 'Sportello', useAsTitle: 'subject', defaultColumns: ['subject', 'createdAt', 'readAt'], hidden: ({ user }) => !user?.roles?.includes('admin') },
  access: { read: adminUnlessDraft('practice'), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'citizen', label: 'Cittadino', type: 'relationship', relationTo: 'citizens', required: true, index: true },
    { name: 'practice', label: 'Pratica', type: 'relationship', relationTo: 'practices', index: true },
    { name: 'subject', label: 'Oggetto', type: 'text', required: true },
    { name: 'body', label: 'Testo', type: 'textarea', required: true },
    { name: 'readAt', label: 'Letto il', type: 'date' },
  ],
}
