import { z } from '@hono/zod-openapi'

import { publicReportStatuses, reportCloseReasons, reportStatuses } from '../../cms/reports/vocabulary'

const day = (what: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `Indica ${what} come AAAA-MM-GG.`)
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Categoria non valida.').max(60, 'Categoria non valida.')
/** "a,b,c" → ['a', 'b', 'c'], each checked; a bad item fails the whole parameter (its error names the parameter, not a position). */
const commaList = <T extends string>(isItem: (value: string) => value is T, error: string) =>
  z.string().max(600, error).transform((value) => value.split(',').map((v) => v.trim()).filter(Boolean))
    .refine((items): items is T[] => items.length <= 20 && items.every(isItem), error)
const publicStatus = z.enum(publicReportStatuses, { error: 'Stato non valido: ricevuta, in-lavorazione, risolta o chiusa.' })
const isPublicStatus = (value: string): value is (typeof publicReportStatuses)[number] => (publicReportStatuses as readonly string[]).includes(value)
const isSlug = (value: string): value is string => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 60
const status = z.enum(reportStatuses.map((s) => s.value) as [string, ...string[]])

/** The public filters of the map, the list and the exports (Italian query names, as the pages use them). */
const filterQuery = z.object({
  categoria: commaList(isSlug, 'Categorie non valide: usa i codici delle categorie, separati da virgole.').optional().openapi({ description: 'Codici delle categorie, separati da virgole (es. illuminazione,strade)', example: 'illuminazione' }),
  stato: commaList(isPublicStatus, 'Stati non validi: ricevuta, in-lavorazione, risolta o chiusa, separati da virgole.').optional().openapi({ description: 'Stati, separati da virgole', example: 'ricevuta,in-lavorazione' }),
  zona: z.string().trim().min(1).max(80, 'Zona non valida.').optional().openapi({ description: 'Quartiere o frazione dello stradario', example: 'Centro' }),
  dal: day('il primo giorno').optional().openapi({ description: 'Inviate da questo giorno (ora di Roma)', example: '2026-01-01' }),
  al: day('l’ultimo giorno').optional().openapi({ description: 'Inviate fino a questo giorno compreso (ora di Roma)', example: '2026-12-31' }),
})

const listQuery = filterQuery.extend({
  pagina: z.coerce.number({ error: 'Pagina non valida.' }).int('Pagina non valida.').min(1, 'Pagina non valida.').max(10_000, 'Pagina non valida.').default(1),
})

/** One marker: [code, latitude, longitude, index in `categories`, index in `statuses`, title, day sent (Rome, AAAA-MM-GG)]. */
const marker = z.tuple([z.string(), z.number(), z.number(), z.number().int(), z.number().int(), z.string(), z.string()])

const markers = z.object({
  categories: z.array(z.object({ slug: z.string(), name: z.string() })),
  statuses: z.array(z.object({ value: status, label: z.string() })),
  fields: z.array(z.string()).openapi({ description: 'Il significato di ogni posizione di un segnaposto' }),
  markers: z.array(marker),
}).openapi('ReportMarkers', { description: 'I segnaposto della mappa pubblica in forma compatta: una tupla per segnalazione.' })

const category = z.object({ slug: z.string(), name: z.string() })

const publicReport = z.object({
  code: z.string().openapi({ example: 'SEG-2026-000123' }), status: publicStatus, statusLabel: z.string(),
  closeReason: z.enum(reportCloseReasons.map((r) => r.value) as [string, ...string[]]).nullable(), closeReasonLabel: z.string().nullable(),
  category, office: z.object({ title: z.string(), slug: z.string().nullable() }),
  title: z.string().openapi({ description: 'L’oggetto scritto dal cittadino dopo la moderazione; prima, il nome della categoria' }),
  text: z.string().nullable().openapi({ description: 'Il testo moderato; null finché la moderazione non lo pubblica' }),
  latitude: z.number(), longitude: z.number(), address: z.string().nullable(), area: z.string().nullable(),
  photos: z.array(z.object({ position: z.number().int(), url: z.string(), width: z.number().int(), height: z.number().int() })),
  publicAnswer: z.string().nullable(),
  updates: z.array(z.object({ at: z.string(), status: status.nullable(), statusLabel: z.string().nullable(), text: z.string().nullable() })),
  createdAt: z.string(), updatedAt: z.string(), targetDate: z.string().nullable(),
  mergedInto: z.string().nullable().openapi({ description: 'Se unita a un’altra segnalazione, il codice di quella che resta' }),
  followers: z.number().int(),
}).openapi('PublicReport')

const row = z.object({
  code: z.string(), title: z.string(), status: publicStatus, statusLabel: z.string(), category, area: z.string().nullable(), address: z.string().nullable(),
  latitude: z.number(), longitude: z.number(), createdAt: z.string(), updatedAt: z.string(),
}).openapi('PublicReportRow')

const page = z.object({ items: z.array(row), page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), totalPages: z.number().int() }).openapi('PublicReportPage')

const categories = z.object({
  categories: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string().nullable(), office: z.string(), targetDays: z.number().int() })),
  areas: z.array(z.string()).openapi({ description: 'Quartieri e frazioni dello stradario (filtro «zona»)' }),
  statuses: z.array(z.object({ value: publicStatus, label: z.string() })),
}).openapi('ReportCategories')

const codeParam = z.object({ code: z.string().regex(/^[A-Za-z0-9-]{4,40}$/, 'Codice della segnalazione non valido.').openapi({ example: 'SEG-2026-000123' }) })
const photoParam = codeParam.extend({ position: z.coerce.number({ error: 'Foto non valida.' }).int('Foto non valida.').min(1, 'Foto non valida.').max(3, 'Foto non valida.') })

const coordinate = (what: string, min: number, max: number) => z.coerce.number({ error: `${what} non valida.` }).min(min, `${what} non valida.`).max(max, `${what} non valida.`)
const nearbyQuery = z.object({ lat: coordinate('Latitudine', -90, 90), lng: coordinate('Longitudine', -180, 180), categoria: slug })
const nearby = z.object({ reports: z.array(z.object({ code: z.string(), latitude: z.number(), longitude: z.number(), category: z.string(), status: status, title: z.string(), createdAt: z.string() })) }).openapi('NearbyReports')

const streetQuery = z.object({ q: z.string({ error: 'Scrivi almeno due lettere della via.' }).trim().min(2, 'Scrivi almeno due lettere della via.').max(80, 'Il testo da cercare è troppo lungo.') })
const streets = z.object({ streets: z.array(z.object({ name: z.string(), area: z.string(), latitude: z.number(), longitude: z.number() })) }).openapi('Streets')

const mapSettings = z.object({
  tiles: z.string().nullable().openapi({ description: 'Modello degli indirizzi delle tessere della mappa, sempre su questo sito; null se la mappa di sfondo è spenta', example: '/api/mappa/tile/{z}/{x}/{y}.png' }),
  attribution: z.string().nullable(),
}).openapi('MapSettings')

/** Request and response shapes of the public report routes (api/routes/reports.ts). */
/** The open-data export (api/services/reportExports.ts): a GeoJSON FeatureCollection (RFC 7946) with the licence in its body. */
const geojson = z.object({
  type: z.literal('FeatureCollection'), licenza: z.string(), licenzaUrl: z.string(), fonte: z.string(),
  features: z.array(z.object({
    type: z.literal('Feature'), id: z.string(),
    geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
    properties: z.record(z.string(), z.unknown()),
  })),
}).openapi('PublicReportsGeoJson')

export const reportSchemas = { filterQuery, listQuery, markers, publicReport, page, categories, codeParam, photoParam, nearbyQuery, nearby, streetQuery, streets, mapSettings, geojson }

export type FilterQuery = z.output<typeof filterQuery>
export type ReportMarkersBody = z.output<typeof markers>
export type PublicReportBody = z.output<typeof publicReport>
export type PublicReportPageBody = z.output<typeof page>
