import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'
import { notificationEvents } from '../constants/notificationEvents'
import { deliveryStatuses, serviceEvent } from '../notifications/delivery/vocabulary'

/**
 * "Registro delle notifiche": one row per message and channel (desk, email, web push, App IO), so
 * staff can answer a citizen who says "I never got it": when, on which channel, what came of it,
 * how many attempts. Written only by the system (cms/notifications/dispatch.ts and the delivery
 * job); the content needed to deliver is kept only until the delivery ends, the errors name no one.
 */
export const NotificationDeliveries: CollectionConfig = {
  slug: 'notification-deliveries',
  labels: { singular: 'Invio di una notifica', plural: 'Registro delle notifiche' },
  admin: {
    group: 'Sportello', useAsTitle: 'kind',
    defaultColumns: ['createdAt', 'citizen', 'event', 'channel', 'status', 'attempts', 'lastError'],
    hidden: ({ user }) => !user?.roles?.includes('admin'),
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'citizen', label: 'Cittadino', type: 'relationship', relationTo: 'citizens', index: true, admin: { readOnly: true } },
    {
      name: 'recipientKind', label: 'Destinatario', type: 'select', required: true, defaultValue: 'cittadino', admin: { readOnly: true },
      options: [{ value: 'cittadino', label: 'Cittadino con area personale' }, { value: 'solo-email', label: 'Solo indirizzo email (senza SPID/CIE)' }],
    },
    { name: 'event', label: 'Evento', type: 'select', required: true, index: true, options: [...notificationEvents, serviceEvent], admin: { readOnly: true } },
    { name: 'kind', label: 'Modello', type: 'text', required: true, admin: { readOnly: true } },
    {
      name: 'channel', label: 'Canale', type: 'select', required: true, admin: { readOnly: true },
      options: [{ value: 'desk', label: 'Area personale (Messaggi)' }, { value: 'email', label: 'Email' }, { value: 'push', label: 'Notifica push' }, { value: 'io', label: 'App IO' }],
    },
    { name: 'status', label: 'Esito', type: 'select', required: true, index: true, defaultValue: 'in-coda', options: [...deliveryStatuses], admin: { readOnly: true } },
    { name: 'attempts', label: 'Tentativi', type: 'number', required: true, defaultValue: 0, admin: { readOnly: true } },
    { name: 'lastError', label: 'Ultimo errore o motivo', type: 'text', admin: { readOnly: true } },
    { name: 'nextAttemptAt', label: 'Prossimo tentativo', type: 'date', admin: { readOnly: true } },
    { name: 'deliveredAt', label: 'Consegnata il', type: 'date', admin: { readOnly: true } },
    // What the job needs to deliver (the notification, the recipient, the email's attachments): cleared when the delivery ends.
    { name: 'message', type: 'json', admin: { hidden: true } },
  ],
}
