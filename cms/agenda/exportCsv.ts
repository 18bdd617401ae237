import { type CsvColumns, listCsvExport } from '../endpoints/listCsvExport'
import type { Booking } from '../payload-types'
import { channelToLabel, statusToLabel } from './agenda'
import { romeDayOf, romeTimeOf } from './days'

const titleOf = (value: unknown, key: string): string => (value && typeof value === 'object' ? String((value as Record<string, unknown>)[key] ?? '') : '')
const italianDay = (instant: string) => romeDayOf(instant).split('-').reverse().join('/')

const columns: CsvColumns<Booking> = [
  ['Codice', (b) => b.code],
  ['Data', (b) => italianDay(b.startsAt)],
  ['Ora', (b) => romeTimeOf(b.startsAt)],
  ['Calendario', (b) => titleOf(b.calendar, 'name')],
  ['Ufficio', (b) => titleOf(b.office, 'title')],
  ['Richiedente', (b) => b.applicantName],
  ['Codice fiscale', (b) => b.fiscalCode],
  ['Email', (b) => b.email],
  ['Telefono', (b) => b.phone],
  ['Servizio', (b) => titleOf(b.service, 'title')],
  ['Motivo', (b) => b.reason],
  ['Canale', (b) => channelToLabel(b.channel)],
  ['Stato', (b) => statusToLabel(b.status)],
]

/**
 * GET /api/bookings/esporta.csv: the bookings as the list shows them, read with the staff member's
 * access — their offices only — as a CSV for an Italian spreadsheet (cms/endpoints/listCsvExport.ts).
 */
export const exportBookingsCsv = listCsvExport<Booking>({
  collection: 'bookings',
  columns,
  defaultSort: '-startsAt',
  populate: { services: { title: true }, offices: { title: true }, calendars: { name: true } },
  fileName: 'prenotazioni',
  refusals: {
    anonymous: 'Accedi al back office per esportare le prenotazioni.',
    forbidden: 'Le prenotazioni sono riservate agli operatori degli uffici e agli amministratori.',
  },
})
