import { stringify } from 'csv-stringify/sync'
import { APIError, type Endpoint, type PayloadRequest, type Where } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'

import { romeDayOf } from '../practices/deadline'
import { exportRowLimit } from '../practices/exportLimit'
import { refusal } from './namedAction'

/** A CSV's columns: the Italian header and the cell of one document. */
export type CsvColumns<Doc> = [header: string, value: (doc: Doc) => string | null | undefined][]

/** The collections whose admin list has an "Esporta CSV" (cms/components/ExportCsvLink.tsx). */
export type ExportedCollection = 'bookings' | 'practices' | 'certificates'

export type ListCsvExport<Doc> = {
  collection: ExportedCollection
  columns: CsvColumns<Doc>
  /** The sort when the list gives none. */
  defaultSort: string
  /** Always ANDed with the list's own query. */
  scope?: Where
  /** The related documents' fields the columns read (the find has depth 1). */
  populate: Record<string, Record<string, true>>
  /** The file is `<fileName>-<Rome day>.csv`. */
  fileName: string
  refusals: { anonymous: string; forbidden: string }
}

/** The list's own query (filters, search box, sort) as the Local API's arguments, or why it cannot be read. */
function listQueryToFind(req: PayloadRequest, spec: ListCsvExport<unknown>): { where: Where; sort: string } | string {
  const { where = {}, search, sort } = (req.query ?? {}) as Record<string, unknown>
  if (!where || typeof where !== 'object' || Array.isArray(where)) return 'Il filtro dell’elenco non è valido.'
  if (search !== undefined && typeof search !== 'string') return 'Il testo da cercare non è valido.'
  if (sort !== undefined && (typeof sort !== 'string' || !/^-?[\w.]+(,-?[\w.]+)*$/.test(sort))) return 'L’ordinamento richiesto non è valido.'
  const merged = mergeListSearchAndWhere({ collectionConfig: req.payload.collections[spec.collection].config, search: (search as string | undefined) ?? '', where: where as Where })
  return { where: spec.scope ? { and: [merged, spec.scope] } : merged, sort: (sort as string | undefined) || spec.defaultSort }
}

/**
 * GET /api/<collection>/esporta.csv: the documents as the admin's list shows them (same `where`,
 * `search` and `sort`), read with the staff member's access, at most `exportRowLimit` rows, as a
 * CSV for a spreadsheet in Italian: UTF-8 with BOM, ";" between cells, CRLF, and no cell that a
 * spreadsheet would run as a formula. `x-total-count` says how many matched.
 */
export function listCsvExport<Doc>(spec: ListCsvExport<Doc>): Endpoint {
  return {
    path: '/esporta.csv',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refusal(401, spec.refusals.anonymous)
      const query = listQueryToFind(req, spec as ListCsvExport<unknown>)
      if (typeof query === 'string') return refusal(400, query)
      let found
      try {
        found = await req.payload.find({
          collection: spec.collection, ...query, limit: exportRowLimit, depth: 1, overrideAccess: false, user: req.user, req, populate: spec.populate as never,
        })
      } catch (error) {
        if (error instanceof APIError && error.status === 403) return refusal(403, spec.refusals.forbidden)
        if (error instanceof APIError && error.status < 500) return refusal(400, 'Il filtro dell’elenco non è valido: toglilo o correggilo e riprova.')
        throw error
      }
      const docs = found.docs as unknown as Doc[]
      const rows = [spec.columns.map(([header]) => header), ...docs.map((doc) => spec.columns.map(([, value]) => value(doc) ?? ''))]
      // How many rows matched, when the file holds only the first ones.
      return csvResponse(rows, spec.fileName, { 'x-total-count': String(found.totalDocs) })
    },
  }
}

/**
 * Rows as a CSV download for a spreadsheet in Italian: UTF-8 with BOM, ";" between cells, CRLF, no
 * cell that a spreadsheet would run as a formula; named `<fileName>-<Rome day>.csv`, never cached.
 */
export function csvResponse(rows: string[][], fileName: string, headers: Record<string, string> = {}): Response {
  const csv = stringify(rows, { bom: true, delimiter: ';', record_delimiter: 'windows', escape_formulas: true })
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}-${romeDayOf(new Date())}.csv"`,
      'cache-control': 'private, no-store',
      ...headers,
    },
  })
}
