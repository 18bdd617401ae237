import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'

/**
 * "Notifiche push": the browsers a citizen allowed to receive web push (W3C Push API), one row
 * per subscription. Written and removed only by the system: when the citizen opts in or out from
 * the desk, and when the browser's push service answers that the subscription is gone (404/410).
 */
export const PushSubscriptions: CollectionConfig = {
  slug: 'push-subscriptions',
  labels: { singular: 'Iscrizione alle notifiche push', plural: 'Iscrizioni alle notifiche push' },
  admin: { group: 'Sportello', useAsTitle: 'label', defaultColumns: ['citizen', 'label', 'createdAt', 'lastSuccessAt'], hidden: ({ user }) => !user?.roles?.includes('admin') },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'citizen', label: 'Cittadino', type: 'relationship', relationTo: 'citizens', required: true, index: true },
    { name: 'endpoint', label: 'Indirizzo del servizio push', type: 'text', required: true, unique: true, index: true },
    { name: 'p256dh', label: 'Chiave pubblica del browser (p256dh)', type: 'text', required: true },
    { name: 'auth', label: 'Segreto di autenticazione (auth)', type: 'text', required: true },
    { name: 'label', label: 'Dispositivo', type: 'text', admin: { description: 'Come il browser si è presentato, per riconoscerlo nell’area personale.' } },
    { name: 'lastSuccessAt', label: 'Ultimo invio riuscito', type: 'date' },
  ],
}
