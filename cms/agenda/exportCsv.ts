import { stringify } from 'csv-stringify/sync'
import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'

import { refusal } from '../endpoints/namedAction'
import type { Booking } from '../payload-types'
import { exportRowLimit } from '../practices/exportLimit'
import { channelToLabel, statusToLabel } from './agenda'
import { romeDayOf, romeTimeOf } from './days'

const titleOf = (value: unknown, key: string): string => (value && typeof value === 'object' ? String((value as Record<string, unknown>)[key] ?? '') : '')
const italianDay = (instant: string) => romeDayOf(instant).split('-').reverse().join('/')

const columns: [header: string, value: (b: Booking) => string | null | undefined][] = [
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

/** The list's own query (filters, search box, sort) as the Local API's arguments, or why it cannot be read. */
function listQueryToFind(req: PayloadRequest): { where: Where; sort: string } | string {
  const { where = {}, search, sort } = (req.query ?? {}) as Record<string, unknown>
  if (!where || typeof where !== 'object' || Array.isArray(where)) return 'Il filtro dell’elenco non è valido.'
  if (search !== undefined && typeof search !== 'string') return 'Il testo da cercare non è valido.'
  if (sort !== undefined && (typeof sort !== 'string' || !/^-?[\w.]+(,-?[\w.]+)*$/.test(sort))) return 'L’ordinamento richiesto non è valido.'
  const merged = mergeListSearchAndWhere({ collectionConfig: req.payload.collections.bookings.config, search: (search as string | undefined) ?? '', where: where as Where })
  return { where: merged, sort: (sort as string | undefined) || '-startsAt' }
}

const today = () => romeDayOf(new Date())

/**
 * GET /api/bookings/esporta.csv: the bookings as the list shows them (same `where`, `search`,
 * `sort`), read with the staff member's access — their offices only — as a CSV for an Italian
 * spreadsheet: UTF-8 with BOM, ";" between cells, no cell a spreadsheet would run as a formula.
 */
export const exportBookingsCsv: Endpoint = {
  path: '/esporta.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refusal(401, 'Accedi al back office per esportare le prenotazioni.')
    const query = listQueryToFind(req)
    if (typeof query === 'string') return refusal(400, query)
    let found
    try {
      found = await req.payload.find({
        collection: 'bookings', ...query, limit: exportRowLimit, depth: 1, overrideAccess: false, user: req.user, req,
        populate: { services: { title: true }, offices: { title: true }, calendars: { name: true } },
      })
    } catch (error) {
      if (error instanceof APIError && error.status === 403) return refusal(403, 'Le prenotazioni sono riservate agli operatori degli uffici e agli amministratori.')
      if (error instanceof APIError && error.status < 500) return refusal(400, 'Il filtro dell’elenco non è valido: toglilo o correggilo e riprova.')
      throw error
    }
    const csv = stringify([columns.map(([header]) => header), ...found.docs.map((b) => columns.map(([, value]) => value(b) ?? ''))], {
      bom: true, delimiter: ';', record_delimiter: 'windows', escape_formulas: true,
    })
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="prenotazioni-${today()}.csv"`,
        'cache-control': 'private, no-store',
        'x-total-count': String(found.totalDocs),
      },
    })
  },
}
