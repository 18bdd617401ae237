import { z } from '@hono/zod-openapi'

import { bookingChannels, bookingStatuses } from '../../cms/appointments/vocabulary'
import { enumOf } from '../openapi'

const id = (what: string) => z.coerce.number({ error: `Identificativo ${what} non valido.` }).int(`Identificativo ${what} non valido.`).positive(`Identificativo ${what} non valido.`).max(2 ** 31 - 1)
const instant = (what: string) => z.iso.datetime({ offset: true, error: `Indica ${what} come data e ora ISO 8601 (per esempio 2027-03-02T09:00:00+01:00).` })
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Indica il giorno come AAAA-MM-GG.')
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Indica il mese come AAAA-MM.')
const token = z.string({ error: 'Il collegamento non è valido.' }).min(10, 'Il collegamento non è valido.').max(200, 'Il collegamento non è valido.')
const message = z.string().max(1000, 'Il messaggio può avere al massimo 1000 caratteri.').nullable().optional()
/** A service or an office, by id or by slug. */
const ref = z.string().regex(/^[a-z0-9-]{1,120}$/, 'Servizio o ufficio non valido.')

const office = z.object({ id: z.number(), title: z.string(), slug: z.string().nullable().optional(), address: z.string().nullable().optional() })
const service = z.object({ id: z.number(), title: z.string(), slug: z.string().nullable().optional() })

const calendar = z.object({
  id: z.number(), name: z.string(), office, services: z.array(service),
  slotMinutes: z.number().openapi({ description: 'Durata di un appuntamento, in minuti' }),
  cutoffHours: z.number().openapi({ description: 'Fino a quante ore prima si può spostare o annullare online' }),
  horizonDays: z.number().openapi({ description: 'Fino a quanti giorni da oggi si può prenotare' }),
}).openapi('AppointmentCalendar')

const dayAvailability = z.object({
  day, open: z.boolean(), free: z.number().openapi({ description: 'Posti ancora liberi nel giorno' }),
  closedBecause: z.string().optional().openapi({ description: 'Perché il giorno non è prenotabile (festività, chiusura, tutto prenotato…)' }),
}).openapi('AppointmentDay')

const slot = z.object({
  startsAt: z.string().openapi({ description: 'Inizio (ISO 8601, UTC): il valore da inviare per prenotare' }), endsAt: z.string(),
  day, time: z.string().openapi({ description: 'Ora di inizio a Roma, HH:MM' }), capacity: z.number(), free: z.number(),
}).openapi('AppointmentSlot')

const booking = z.object({
  id: z.number(), code: z.string().openapi({ description: 'Codice della prenotazione, per esempio BR-7K2Q9XMD' }),
  status: enumOf(bookingStatuses), statusLabel: z.string(),
  startsAt: z.string(), endsAt: z.string(), day, time: z.string(),
  calendar: z.object({ id: z.number(), name: z.string() }), office, service: service.nullable(), reason: z.string().nullable(),
  applicant: z.object({ givenName: z.string(), familyName: z.string(), fiscalCode: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
  channel: enumOf(bookingChannels),
  changeableUntil: z.string().nullable().openapi({ description: 'Fino a quando si può spostare o annullare online; null se non più' }),
  holdUntil: z.string().nullable().openapi({ description: 'Per chi prenota senza SPID/CIE: entro quando confermare l’email' }),
}).openapi('Booking')

const guest = z.strictObject({
  givenName: z.string({ error: 'Indica il nome.' }).trim().min(1, 'Indica il nome.').max(100, 'Il nome è troppo lungo.'),
  familyName: z.string({ error: 'Indica il cognome.' }).trim().min(1, 'Indica il cognome.').max(100, 'Il cognome è troppo lungo.'),
  email: z.string({ error: 'Indica l’indirizzo email.' }).trim().max(200, 'L’indirizzo email è troppo lungo.').pipe(z.email('Indica un indirizzo email valido.')),
  phone: z.string().trim().regex(/^\+?[\d\s./-]{6,30}$/, 'Indica un numero di telefono valido.').nullable().optional(),
}).openapi('BookingGuest')

/** Request and response shapes of the appointment routes (api/routes/appointments.ts). */
export const appointmentSchemas = {
  calendarParam: z.object({ id: id('del calendario') }),
  bookingParam: z.object({ id: id('della prenotazione') }),
  monthParam: z.object({ id: id('del calendario'), month }),
  dayParam: z.object({ id: id('del calendario'), day }),
  calendarQuery: z.object({
    servizio: z.union([id('del servizio'), ref]).optional().openapi({ description: 'Solo i calendari che prenotano questo servizio (id o slug)' }),
    ufficio: z.union([id('dell’ufficio'), ref]).optional().openapi({ description: 'Solo i calendari di questo ufficio (id o slug)' }),
  }),
  templateQuery: z.object({ mese: month.optional().openapi({ description: 'Il mese di cui elencare gli orari (AAAA-MM); senza, il primo con posti liberi' }) }),
  tokenQuery: z.object({ t: token }),
  calendar,
  calendars: z.object({ calendars: z.array(calendar) }),
  month: z.object({ calendarId: z.number(), month, days: z.array(dayAvailability) }).openapi('AppointmentMonth'),
  day: z.object({ calendarId: z.number(), day, slots: z.array(slot) }).openapi('AppointmentDaySlots'),
  /**
   * The available appointments as the model's page "Prenotazione appuntamento" reads them
   * (italia/design-comuni-pagine-statiche, src/handlebars-json/prenotazione-appuntamento.json,
   * "appuntamenti-disponibili": the month select and the radio list of free times).
   */
  template: z.object({
    'appuntamenti-disponibili': z.object({
      select: z.array(z.object({ value: z.string().openapi({ description: 'Il mese in italiano, per esempio “Marzo”' }), mese: month, selected: z.boolean() })),
      'radio-list': z.array(z.object({ label: z.string().openapi({ description: 'Per esempio “Giovedì 11 Marzo 2027 ore 10:00”' }), id: z.string().openapi({ description: 'L’inizio dell’orario (ISO 8601): il valore da inviare per prenotare' }) })),
    }),
  }).openapi('AvailableAppointments'),
  book: z.strictObject({
    calendarId: z.number({ error: 'Indica il calendario.' }).int().positive(),
    startsAt: instant('l’orario'),
    serviceId: z.number().int().positive().nullable().optional(),
    reason: z.string().max(200, 'Il motivo può essere lungo al massimo 200 caratteri.').nullable().optional(),
    requestKey: z.string({ error: 'Manca la chiave della richiesta.' }).regex(/^[A-Za-z0-9-]{8,100}$/, 'Chiave della richiesta non valida.').openapi({ description: 'Un UUID generato dal modulo: la stessa chiave restituisce la stessa prenotazione' }),
    applicant: guest.optional().openapi({ description: 'Chi prenota senza SPID/CIE; ignorato se è stato fatto l’accesso' }),
    email: z.string().trim().max(200).pipe(z.email('Indica un indirizzo email valido.')).nullable().optional().openapi({ description: 'Con l’accesso: l’email a cui mandare la conferma, se diversa da quella del profilo' }),
    phone: z.string().trim().regex(/^\+?[\d\s./-]{6,30}$/, 'Indica un numero di telefono valido.').nullable().optional(),
  }).openapi('BookingRequest'),
  booked: z.object({ booking, created: z.boolean() }).openapi('BookingResult'),
  booking,
  bookings: z.object({ bookings: z.array(booking) }),
  confirm: z.strictObject({ token }).openapi('BookingEmailConfirmation'),
  move: z.strictObject({ startsAt: instant('il nuovo orario'), message }).openapi('BookingMove'),
  cancel: z.strictObject({ message }).openapi('BookingCancel'),
  moveByToken: z.strictObject({ token, startsAt: instant('il nuovo orario'), message }).openapi('BookingMoveByLink'),
  cancelByToken: z.strictObject({ token, message }).openapi('BookingCancelByLink'),
}

export type BookingJson = z.output<typeof booking>
export type CalendarJson = z.output<typeof calendar>
export type BookBody = z.output<typeof appointmentSchemas.book>
export type AvailableAppointments = z.output<typeof appointmentSchemas.template>
