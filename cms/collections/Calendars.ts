import type { CollectionConfig } from 'payload'

import { isAdmin } from '../access/isAdmin'
import { officeScoped, officeScopedCreate, userToOfficeIds } from '../access/officeScoped'
import { hasRole } from '../access/roles'
import { cancelBookingsOnClosure } from '../appointments/closures'
import { weekdays } from '../appointments/vocabulary'
import { checkClosures, checkHours } from '../agenda/calendarRules'
import { rebuildOnPublish } from '../publishing/rebuildQueue'

const rebuild = rebuildOnPublish({ always: true })

const time = (value: unknown) => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? true : 'Scrivi l’orario come 08:30.'

/**
 * "Calendari": the agenda an office opens to bookings — opening hours per weekday, slot length,
 * how many citizens per slot (desks open), closures, how far ahead one may book and the cut-off for
 * changes, and which services it serves. National holidays and the patron saint's day (Impostazioni
 * del sito) are closed without being listed. Slots are computed, never stored (cms/appointments/slots.ts).
 */
export const Calendars: CollectionConfig = {
  slug: 'calendars',
  labels: { singular: 'Calendario', plural: 'Calendari degli appuntamenti' },
  admin: {
    useAsTitle: 'name',
    group: 'Appuntamenti',
    defaultColumns: ['name', 'office', 'slotMinutes', 'desks', 'active'],
    listSearchableFields: ['name'],
    description: 'Gli orari in cui ogni ufficio riceve su appuntamento. Le festività nazionali e la festa patronale sono chiuse da sole.',
    components: { beforeListTable: ['/components/agenda/AgendaLinks#CalendarsListNote'] },
  },
  access: { read: officeScoped('office'), create: officeScopedCreate, update: officeScoped('office'), delete: isAdmin },
  // A closure added later cancels the bookings it covers; office and service pages show "Prenota un
  // appuntamento" where a calendar is open, so the site follows every change.
  hooks: { afterChange: [cancelBookingsOnClosure, ...rebuild.afterChange], afterDelete: rebuild.afterDelete },
  fields: [
    { name: 'name', label: 'Nome del calendario', type: 'text', required: true, admin: { description: 'Per esempio “Sportello anagrafe – Piazza Matteotti”.' } },
    // An operator chooses among their own offices (the access rules refuse the others anyway).
    { name: 'office', label: 'Ufficio', type: 'relationship', relationTo: 'offices', required: true, index: true, filterOptions: ({ user }) => (!user || hasRole(user, 'admin') ? true : { id: { in: userToOfficeIds(user) } }) },
    { name: 'services', label: 'Servizi prenotabili', type: 'relationship', relationTo: 'services', hasMany: true, admin: { description: 'I servizi per cui il cittadino può prenotare con questo calendario.' } },
    { name: 'active', label: 'Prenotabile online', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar', description: 'Se tolto, i cittadini non vedono più questo calendario; gli appuntamenti già presi restano.', components: { Cell: '/components/agenda/CalendarCells#ActiveCell' } } },
    {
      type: 'row',
      fields: [
        { name: 'slotMinutes', label: 'Durata di un appuntamento (minuti)', type: 'number', required: true, defaultValue: 20, min: 5, max: 240, admin: { components: { Cell: '/components/agenda/CalendarCells#MinutesCell' } } },
        { name: 'desks', label: 'Cittadini per fascia (sportelli aperti)', type: 'number', required: true, defaultValue: 1, min: 1, max: 50, admin: { components: { Cell: '/components/agenda/CalendarCells#DesksCell' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'horizonDays', label: 'Prenotabile fino a (giorni da oggi)', type: 'number', required: true, defaultValue: 60, min: 1, max: 366 },
        { name: 'cutoffHours', label: 'Modifiche e annullamenti fino a (ore prima)', type: 'number', required: true, defaultValue: 24, min: 0, max: 336 },
        { name: 'maxPerCitizen', label: 'Appuntamenti futuri per cittadino e servizio', type: 'number', required: true, defaultValue: 2, min: 1, max: 20 },
      ],
    },
    {
      name: 'hours',
      label: 'Orari di ricevimento',
      type: 'array',
      labels: { singular: 'Fascia oraria', plural: 'Fasce orarie' },
      admin: { description: 'Una riga per fascia: per esempio lunedì 09:00–12:30 e lunedì 15:00–17:00. Gli appuntamenti iniziano ogni “durata” minuti dall’inizio della fascia.' },
      // The band's end after its start, no two bands of a weekday overlapping: said in Italian on save.
      validate: checkHours,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'weekday', label: 'Giorno', type: 'select', required: true, options: [...weekdays] },
            { name: 'from', label: 'Dalle', type: 'text', required: true, validate: time, admin: { placeholder: '09:00' } },
            { name: 'to', label: 'Alle', type: 'text', required: true, validate: time, admin: { placeholder: '12:30' } },
          ],
        },
      ],
    },
    {
      name: 'closures',
      label: 'Chiusure',
      type: 'array',
      labels: { singular: 'Chiusura', plural: 'Chiusure' },
      admin: { description: 'Giorni di chiusura oltre alle festività. Chi aveva già prenotato in quei giorni riceve un messaggio e la prenotazione è annullata.' },
      validate: checkClosures,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'from', label: 'Dal', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'to', label: 'Al', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayOnly' } } },
            { name: 'reason', label: 'Motivo', type: 'text', required: true, maxLength: 200 },
          ],
        },
      ],
    },
    // What is closed without being listed: the national holidays and the patron saint's day.
    { name: 'holidaysNote', type: 'ui', admin: { components: { Field: '/components/agenda/CalendarHolidays#CalendarHolidays' } } },
  ],
}
