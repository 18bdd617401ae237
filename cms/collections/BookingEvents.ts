import type { CollectionConfig } from 'payload'

import { nobody } from '../access/nobody'
import { officeScoped } from '../access/officeScoped'
import { bookingEventKinds } from '../appointments/vocabulary'

/**
 * "Storico delle prenotazioni": who booked, moved, cancelled or marked an appointment, and when.
 * Written only by the system; nobody edits or deletes an entry. `onceKey`, when set, is unique:
 * what must happen once (the reminder of a booking at a given time) is recorded before it is done.
 */
export const BookingEvents: CollectionConfig = {
  slug: 'booking-events',
  labels: { singular: 'Evento della prenotazione', plural: 'Storico delle prenotazioni' },
  admin: { group: 'Appuntamenti', useAsTitle: 'kind', defaultColumns: ['createdAt', 'booking', 'kind', 'actorLabel'] },
  access: { read: officeScoped('office'), create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'booking', label: 'Prenotazione', type: 'relationship', relationTo: 'bookings', required: true, index: true },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true },
    { name: 'kind', label: 'Evento', type: 'select', required: true, options: [...bookingEventKinds], enumName: 'enum_be_kind' },
    { name: 'actorType', label: 'Chi', type: 'select', required: true, enumName: 'enum_be_actor', options: [{ value: 'cittadino', label: 'Cittadino' }, { value: 'operatore', label: 'Operatore' }, { value: 'sistema', label: 'Sistema' }] },
    { name: 'actor', label: 'Operatore', type: 'relationship', relationTo: 'users' },
    { name: 'actorLabel', label: 'Autore', type: 'text', required: true },
    { name: 'message', label: 'Messaggio', type: 'textarea' },
    { name: 'fromStartsAt', label: 'Da', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'toStartsAt', label: 'A', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'onceKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
