import { stringify } from 'csv-stringify/sync'
import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'

import { refusal } from '../endpoints/namedAction'
import type { Practice } from '../payload-types'
import { dateTimeToItalian, dateToItalian } from '../format/italian'
import { exportRowLimit } from './exportLimit'
import { statusToLabel } from './workflow'

const columns: [header: string, value: (p: Practice) => string | null | undefined][] = [
  ['Numero di protocollo', (p) => p.protocolNumber],
  ['Oggetto', (p) => p.title],
  ['Richiedente', (p) => p.applicantName],
  ['Codice fiscale', (p) => p.applicantFiscalCode],
  ['Servizio', (p) => (typeof p.service === 'object' ? p.service.title : '')],
  ['Ufficio', (p) => (typeof p.office === 'object' ? p.office.title : '')],
  ['Stato', (p) => statusToLabel(p.status)],
  ['Assegnata a', (p) => (p.assignee && typeof p.assignee === 'object' ? p.assignee.name : '')],
  ['Presentata il', (p) => p.submittedAt && dateTimeToItalian(p.submittedAt)],
  ['Scadenza', (p) => p.dueAt && dateToItalian(p.dueAt)],
  ['Termine sospeso dal', (p) => p.suspendedSince && dateToItalian(p.suspendedSince)],
  ['Conclusa il', (p) => p.decidedAt && dateTimeToItalian(p.decidedAt)],
]

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The list's own query (filters, search box, sort) as the Local API's arguments, or why it cannot be read. */
function listQueryToFind(req: PayloadRequest): { where: Where; sort: string } | string {
  const { where = {}, search, sort } = (req.query ?? {}) as Record<string, unknown>
  if (!where || typeof where !== 'object' || Array.isArray(where)) return 'Il filtro dell’elenco non è valido.'
  if (search !== undefined && typeof search !== 'string') return 'Il testo da cercare non è valido.'
  if (sort !== undefined && (typeof sort !== 'string' || !/^-?[\w.]+(,-?[\w.]+)*$/.test(sort))) return 'L’ordinamento richiesto non è valido.'
  const merged = mergeListSearchAndWhere({ collectionConfig: req.payload.collections.practices.config, search: (search as string | undefined) ?? '', where: where as Where })
  // Drafts are the citizen's: the access rules already hide them, and the export says so twice.
  return { where: { and: [merged, { status: { not_equals: 'bozza' } }] }, sort: (sort as string | undefined) || '-submittedAt' }
}

/**
 * GET /api/practices/esporta.csv: the list of applications as the clerk sees it (same `where`,
 * `search` and `sort` as the admin's list), read with their access — their offices, never drafts —
 * as a CSV for a spreadsheet in Italian: UTF-8 with BOM, ";" between cells, Italian headers and
 * dates, and no cell that a spreadsheet would run as a formula.
 */
export const exportPracticesCsv: Endpoint = {
  path: '/esporta.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refusal(401, 'Accedi al back office per esportare le pratiche.')
    const query = listQueryToFind(req)
    if (typeof query === 'string') return refusal(400, query)
    let found
    try {
      found = await req.payload.find({
        collection: 'practices', ...query, limit: exportRowLimit, depth: 1, overrideAccess: false, user: req.user, req,
        populate: { services: { title: true }, offices: { title: true }, users: { name: true } },
      })
    } catch (error) {
      if (error instanceof APIError && error.status === 403) return refusal(403, 'Le pratiche sono riservate agli operatori degli uffici e agli amministratori.')
      if (error instanceof APIError && error.status < 500) return refusal(400, 'Il filtro dell’elenco non è valido: toglilo o correggilo e riprova.')
      throw error
    }
    const csv = stringify([columns.map(([header]) => header), ...found.docs.map((p) => columns.map(([, value]) => value(p) ?? ''))], {
      bom: true, delimiter: ';', record_delimiter: 'windows', escape_formulas: true,
    })
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="pratiche-${today.format(new Date())}.csv"`,
        'cache-control': 'private, no-store',
        // How many rows matched, when the file holds only the first ones.
        'x-total-count': String(found.totalDocs),
      },
    })
  },
}
