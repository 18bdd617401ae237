import { stringify } from 'csv-stringify/sync'

import type { ReportFilter } from '../../cms/reports/contract'
import type { PublicReportRow } from '../../cms/reports/publicList'
import { labelOf, reportCloseReasons, reportStatuses } from '../../cms/reports/vocabulary'
import type { ReportReadStore } from '../data/reports'
import type { StaticFile } from '../static/staticFile'
import { withVariants } from '../static/variantResponse'
import { filterToKey } from './reportFilters'
import { versionEtag } from './reports'
import { versionedCache } from './versionedCache'

/** The open-data licence of the exports and of Open311, as the body and the Link header name it. */
export const openDataLicence = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/', attribution: 'Comune di Brindisi' } as const
/** The Link header naming the licence (RFC 8288, rel="license"). */
export const licenceLink = `<${openDataLicence.url}>; rel="license"`

const batch = 1000
/** The CSV's columns, in order: every field of a record, then the licence. */
const csvColumns = ['codice', 'pagina', 'titolo', 'testo', 'stato', 'stato_descrizione', 'categoria', 'categoria_nome', 'ufficio', 'zona', 'indirizzo',
  'latitudine', 'longitudine', 'inviata_il', 'aggiornata_il', 'entro_il', 'motivo_chiusura', 'risposta_pubblica', 'unita_a', 'licenza']
const iso = (date: Date | null) => date?.toISOString() ?? null

/** The public reports as open data (GeoJSON, CSV): merged ones included, never anything personal or unmoderated. */
export function reportExportsService(store: ReportReadStore, publicUrl: URL) {
  const cache = versionedCache<StaticFile>(16)
  const pageOf = (code: string) => new URL(`/segnalazioni/${encodeURIComponent(code)}/`, publicUrl).toString()
  const rowToRecord = (r: PublicReportRow) => ({
    codice: r.code, pagina: pageOf(r.code), titolo: r.title, testo: r.text, stato: r.status, stato_descrizione: labelOf(reportStatuses, r.status),
    categoria: r.category.slug, categoria_nome: r.category.name, ufficio: r.office, zona: r.area, indirizzo: r.address,
    latitudine: r.latitude, longitudine: r.longitude, inviata_il: iso(r.createdAt), aggiornata_il: iso(r.updatedAt), entro_il: iso(r.targetDate),
    motivo_chiusura: r.closeReason ? labelOf(reportCloseReasons, r.closeReason) : null, risposta_pubblica: r.publicAnswer, unita_a: r.mergedInto,
  })
  const build = async (kind: 'geojson' | 'csv', filter: ReportFilter, make: (records: ReturnType<typeof rowToRecord>[]) => string, type: string) => {
    const version = await store.version()
    return cache.get(version, `${kind}|${filterToKey(filter)}`, async () => {
      const records = (await allRows(store, filter)).map(rowToRecord)
      return withVariants(Buffer.from(make(records)), type, versionEtag(kind, version, filter))
    })
  }
  return {
    /** A GeoJSON FeatureCollection (RFC 7946) with the licence in its body. */
    geojson: (filter: ReportFilter) => build('geojson', filter, (records) => JSON.stringify({
      type: 'FeatureCollection', licenza: openDataLicence.name, licenzaUrl: openDataLicence.url, fonte: openDataLicence.attribution,
      features: records.map(({ latitudine, longitudine, ...properties }) => ({ type: 'Feature', id: properties.codice, geometry: { type: 'Point', coordinates: [longitudine, latitudine] }, properties })),
    }), 'application/geo+json; charset=utf-8'),
    /** A CSV (RFC 4180, UTF-8, comma) with the licence in a column of every row; no cell a spreadsheet would run. */
    csv: (filter: ReportFilter) => build('csv', filter, (records) => {
      return stringify(records.map((r) => ({ ...r, licenza: `${openDataLicence.name} ${openDataLicence.attribution}` })), { header: true, columns: csvColumns, escape_formulas: true, record_delimiter: 'windows' })
    }, 'text/csv; charset=utf-8; header=present'),
  }
}

export type ReportExportsService = ReturnType<typeof reportExportsService>

async function allRows(store: ReportReadStore, filter: ReportFilter): Promise<PublicReportRow[]> {
  const rows: PublicReportRow[] = []
  for (let page = 1; ; page++) {
    const found = await store.page(filter, page, batch, true)
    rows.push(...found.items)
    if (page >= found.totalPages) return rows
  }
}
