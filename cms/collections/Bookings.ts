import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody } from '../access/nobody'
import { officeScoped } from '../access/officeScoped'
import { bookingEndpoints } from '../agenda/endpoints'
import { bookingChannels, bookingStatuses } from '../appointments/vocabulary'

const system = { readOnly: true } as const
const systemOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/**
 * "Prenotazioni": a citizen's appointment in a slot of a calendar. Nobody edits one: citizens book,
 * move and cancel through the public API, offices through named actions (cms/appointments/), and
 * every change is written to "Storico delle prenotazioni".
 *
 * No slot is ever booked beyond its capacity: a booking that holds a place takes a `seat` number
 * (1 … desks) and the database refuses a second booking with the same calendar, start and seat
 * (unique index). A cancelled or expired booking gives its seat back (null). The same way a holder
 * (codice fiscale or confirmed email) holds at most N future bookings per service: `quotaSlot`
 * 1 … N is unique per `quotaKey`. `requestKey` makes a doubled *Conferma* one booking.
 */
export const Bookings: CollectionConfig = {
  slug: 'bookings',
  labels: { singular: 'Prenotazione', plural: 'Prenotazioni' },
  admin: {
    useAsTitle: 'code',
    group: 'Appuntamenti',
    defaultColumns: ['code', 'startsAt', 'applicantName', 'service', 'office', 'status'],
    listSearchableFields: ['code', 'fiscalCode', 'applicantName', 'email'],
    description: 'Gli appuntamenti prenotati negli uffici di cui fai parte. Cerca per codice, codice fiscale o nome.',
    components: { beforeListTable: [{ path: '/components/ExportCsvLink#ExportCsvLink', clientProps: { collection: 'bookings' } }] },
  },
  access: { read: officeScoped('office'), create: nobody, update: nobody, delete: nobody },
  // The agenda, the free slots, the week's counts, the CSV and the named actions (cms/agenda/).
  endpoints: bookingEndpoints,
  indexes: [
    { fields: ['calendar', 'startsAt', 'seat'], unique: true },
    { fields: ['quotaKey', 'quotaSlot'], unique: true },
  ],
  fields: [
    { name: 'code', label: 'Codice prenotazione', type: 'text', required: true, unique: true, index: true, access: systemOnly, admin: system },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', label: 'Inizio', type: 'date', required: true, index: true, access: systemOnly, admin: { ...system, date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'endsAt', label: 'Fine', type: 'date', required: true, access: systemOnly, admin: { ...system, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    { name: 'status', label: 'Stato', type: 'select', required: true, defaultValue: 'confermata', index: true, options: [...bookingStatuses], enumName: 'enum_bookings_status', access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'calendar', label: 'Calendario', type: 'relationship', relationTo: 'calendars', required: true, index: true, access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true, access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'service', label: 'Servizio', type: 'relationship', relationTo: 'services', index: true, access: systemOnly, admin: { ...system, position: 'sidebar' } },
    { name: 'reason', label: 'Motivo', type: 'text', maxLength: 200, access: systemOnly, admin: system },
    {
      type: 'row',
      fields: [
        { name: 'applicantName', label: 'Richiedente', type: 'text', required: true, index: true, access: systemOnly, admin: system },
        { name: 'fiscalCode', label: 'Codice fiscale', type: 'text', index: true, access: systemOnly, admin: system },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'givenName', label: 'Nome', type: 'text', required: true, access: systemOnly, admin: { hidden: true } },
        { name: 'familyName', label: 'Cognome', type: 'text', required: true, access: systemOnly, admin: { hidden: true } },
        { name: 'email', label: 'Email', type: 'email', access: systemOnly, admin: system },
        { name: 'phone', label: 'Telefono', type: 'text', access: systemOnly, admin: system },
      ],
    },
    { name: 'citizen', label: 'Cittadino', type: 'relationship', relationTo: 'citizens', index: true, access: systemOnly, admin: { hidden: true } },
    { name: 'channel', label: 'Canale', type: 'select', required: true, defaultValue: 'online', options: [...bookingChannels], enumName: 'enum_bookings_channel', access: systemOnly, admin: { ...system, position: 'sidebar' } },
    // Who booked on a citizen's behalf: the history says it by name (the users' list is closed to operators).
    { name: 'createdBy', label: 'Prenotata da', type: 'relationship', relationTo: 'users', access: systemOnly, admin: { hidden: true } },
    // The booking's history in words (Storico delle prenotazioni), read only.
    { name: 'historyView', label: 'Storico', type: 'ui', admin: { components: { Field: '/components/agenda/BookingHistory#BookingHistory' } } },
    { name: 'cancelReason', label: 'Motivo dell’annullamento', type: 'textarea', access: systemOnly, admin: { ...system, condition: (data) => data?.status === 'annullata' } },
    // The seat (1 … desks) this booking holds in its slot; null once it no longer holds one.
    { name: 'seat', type: 'number', access: systemOnly, admin: { hidden: true } },
    // At most N future bookings per holder and service: holder|service, and the slot 1 … N it takes.
    { name: 'quotaKey', type: 'text', index: true, access: systemOnly, admin: { hidden: true } },
    { name: 'quotaSlot', type: 'number', access: systemOnly, admin: { hidden: true } },
    // A doubled or retried *Conferma* carries the same key: one booking.
    { name: 'requestKey', type: 'text', unique: true, access: systemOnly, admin: { hidden: true } },
    { name: 'holdUntil', label: 'In attesa di conferma fino a', type: 'date', access: systemOnly, admin: { hidden: true } },
    { name: 'emailConfirmedAt', type: 'date', access: systemOnly, admin: { hidden: true } },
    { name: 'reminderSentAt', label: 'Promemoria inviato il', type: 'date', access: systemOnly, admin: { hidden: true } },
    { name: 'version', type: 'number', required: true, defaultValue: 1, access: systemOnly, admin: { hidden: true } },
  ],
}
