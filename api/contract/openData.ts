import { z } from '@hono/zod-openapi'

import { newsKinds } from '../../cms/constants/newsKinds'
import { openDatasets, openDataVersion } from '../../cms/constants/openDatasets'
import { enumOf } from '../openapi'

// The open data feeds: the built files (/dati-aperti/v1/<name>.json) and the API's pages of them share these item
// schemas, so a client reads one shape either way. Every field is always present: null when the CMS has no value.

const ref = z.object({ slug: z.string(), title: z.string() })
const isoDate = (description: string) => z.iso.datetime({ offset: true }).openapi({ description, example: '2026-05-04T08:30:00.000Z' })
const absoluteUrl = (description: string) => z.url().openapi({ description })
const image = z.object({ url: absoluteUrl('Indirizzo dell’immagine sul sito'), alt: z.string(), width: z.number().int().nullable(), height: z.number().int().nullable() }).nullable()
const contacts = z.object({ phone: z.string().nullable(), email: z.string().nullable(), pec: z.string().nullable(), website: z.string().nullable() })
const coordinate = (what: string) => z.number().nullable().openapi({ description: `${what} in gradi decimali (WGS84); null se non indicata` })

/** What every item has: its address on the site, the page's link, the last change and the topics. */
const base = {
  slug: z.string().openapi({ description: 'Identificativo stabile, l’ultima parte dell’indirizzo della pagina', example: 'raccolta-differenziata' }),
  title: z.string(),
  summary: z.string(),
  url: absoluteUrl('La pagina del contenuto sul sito del Comune'),
  updatedAt: isoDate('Ultima modifica'),
  topics: z.array(ref).openapi({ description: 'Argomenti (slug e nome); i valori del filtro «argomento»' }),
}

const newsItem = z.object({
  ...base, kind: enumOf(newsKinds), kindLabel: z.string(), publishedAt: isoDate('Data di pubblicazione'),
  bodyHtml: z.string().openapi({ description: 'Il testo in HTML ripulito (solo marcatori di struttura)' }), image,
  offices: z.array(ref), places: z.array(ref),
}).openapi('OpenDataNews')

const eventPlace = ref.extend({ address: z.string(), latitude: coordinate('Latitudine'), longitude: coordinate('Longitudine') })
const eventItem = z.object({
  ...base, startDate: isoDate('Inizio'), endDate: isoDate('Fine; null se non indicata').nullable(), bodyHtml: z.string(), image,
  place: eventPlace.nullable(), address: z.string().nullable().openapi({ description: 'Indirizzo, quando l’evento non è in un luogo del Comune' }),
  cost: z.string().nullable(), audience: z.string().nullable(), organizer: z.string().nullable(), contacts,
  calendarUrl: absoluteUrl('L’evento come file iCalendar (.ics)'),
}).openapi('OpenDataEvent')

const serviceItem = z.object({
  ...base, status: z.enum(['attivo', 'non-attivo', 'in-sviluppo']), statusReason: z.string().nullable(), category: z.string(), categoryUrl: absoluteUrl('La pagina della categoria'),
  office: ref.nullable().openapi({ description: 'Ufficio responsabile' }),
  channels: z.object({
    online: z.boolean().openapi({ description: 'Si richiede online (modulo del portale o sito esterno), ora' }),
    onlineUrl: z.url().nullable().openapi({ description: 'Dove si richiede online' }),
    booking: z.boolean().openapi({ description: 'Si prenota un appuntamento sul portale' }),
    bookingUrl: z.url().nullable(),
    desk: z.boolean().openapi({ description: 'Si richiede allo sportello dell’ufficio, di persona' }),
  }),
  hasOnlineForm: z.boolean().openapi({ description: 'Il portale ha il modulo online del servizio (domanda dall’area personale)' }),
  lifeEvents: z.array(z.string()),
}).openapi('OpenDataService')

const officeItem = z.object({
  ...base, type: z.string(), responsible: z.string().nullable(), responsibleRole: z.string().nullable(), parent: ref.nullable(),
  address: z.string().nullable(), place: eventPlace.nullable().openapi({ description: 'La sede, con le coordinate' }), contacts,
  openingHours: z.array(z.object({ days: z.string().openapi({ example: 'Lunedì, mercoledì e venerdì' }), hours: z.string().openapi({ example: '9:00–12:00' }) })),
}).openapi('OpenDataOffice')

const placeItem = z.object({
  ...base, type: z.string(), address: z.string(), latitude: coordinate('Latitudine'), longitude: coordinate('Longitudine'),
  openingHours: z.string().nullable(), access: z.string().nullable().openapi({ description: 'Come si accede (accessibilità, mezzi)' }), contacts, image,
}).openapi('OpenDataPlace')

const topicItem = z.object({
  slug: base.slug, title: z.string(), description: z.string().nullable(), url: base.url, updatedAt: base.updatedAt,
}).openapi('OpenDataTopic')

/** The item schema of each dataset, by its name. */
export const openDataItems = { notizie: newsItem, eventi: eventItem, servizi: serviceItem, uffici: officeItem, luoghi: placeItem, argomenti: topicItem }

const licence = z.object({ name: z.literal('CC BY 4.0'), url: z.url(), attribution: z.string().openapi({ example: 'Comune di Brindisi' }) })
  .openapi('OpenDataLicence', { description: 'La licenza dei contenuti: si riusano liberamente citando la fonte' })

const datasetName = z.enum(openDatasets.map((d) => d.name) as [(typeof openDatasets)[number]['name'], ...(typeof openDatasets)[number]['name'][]])

/** A built file: the whole dataset at once, or one year of a dataset written by year (with its `year`). */
export const openDataFile = <T extends z.ZodType>(item: T) =>
  z.object({ dataset: datasetName, version: z.literal(openDataVersion), licence, year: z.number().int().optional(), items: z.array(item) })

/** The built index of a dataset written by year (news, events): its yearly files, in the dataset's order, with their counts. */
export const openDataIndex = z.object({
  dataset: datasetName, version: z.literal(openDataVersion), licence, total: z.number().int(),
  years: z.array(z.object({ year: z.number().int(), total: z.number().int(), url: z.string().regex(/^\/dati-aperti\/[a-z0-9]+\/[a-z]+\/\d{4}\.json$/) })),
})

/** One page of a dataset as the API answers it. */
const openDataPage = <T extends z.ZodType>(item: T, name: string) =>
  z.object({
    dataset: datasetName, version: z.literal(openDataVersion), licence, items: z.array(item),
    page: z.number().int(), pageSize: z.number().int(), total: z.number().int(), totalPages: z.number().int(),
  }).openapi(name)

const day = (what: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `Indica ${what} come AAAA-MM-GG.`)
const whole = (what: string, max: number) =>
  z.coerce.number({ error: `${what} non valida: un numero intero da 1 a ${max}.` }).int(`${what} non valida: un numero intero da 1 a ${max}.`)
    .min(1, `${what} non valida: un numero intero da 1 a ${max}.`).max(max, `${what} non valida: un numero intero da 1 a ${max}.`)

/** Most items a page holds; the default is a screenful of an app's list. */
export const maxPageSize = 100

/** The filters and page of every dataset (Italian names, like the site's addresses). */
const query = z.object({
  pagina: whole('Pagina', 100_000).default(1).openapi({ description: 'La pagina, dalla prima', example: 1 }),
  per_pagina: whole('Dimensione della pagina', maxPageSize).default(20).openapi({ description: `Elementi per pagina (al massimo ${maxPageSize})`, example: 20 }),
  argomento: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Argomento non valido: usa lo slug di un argomento (es. ambiente).').max(80, 'Argomento non valido.').optional()
    .openapi({ description: 'Solo i contenuti di questo argomento (slug, vedi /api/dati-aperti/v1/argomenti)', example: 'ambiente' }),
  dal: day('il primo giorno').optional().openapi({ description: 'Dal giorno (ora di Roma): vedi la data che ogni elenco confronta', example: '2026-01-01' }),
  al: day('l’ultimo giorno').optional().openapi({ description: 'Fino al giorno compreso (ora di Roma)', example: '2026-12-31' }),
})

/** The schemas of the open data contract. */
export const openDataSchemas = {
  query, licence,
  pages: {
    notizie: openDataPage(newsItem, 'OpenDataNewsPage'), eventi: openDataPage(eventItem, 'OpenDataEventPage'),
    servizi: openDataPage(serviceItem, 'OpenDataServicePage'), uffici: openDataPage(officeItem, 'OpenDataOfficePage'),
    luoghi: openDataPage(placeItem, 'OpenDataPlacePage'), argomenti: openDataPage(topicItem, 'OpenDataTopicPage'),
  },
}

export type OpenDataQuery = z.output<typeof query>
export type OpenDataLicence = z.output<typeof licence>
export type OpenDataItem<N extends keyof typeof openDataItems> = z.output<(typeof openDataItems)[N]>
/** Any item: the fields the filters read are in the shared base (topics, updatedAt) or named by the dataset's date. */
export type AnyOpenDataItem = OpenDataItem<keyof typeof openDataItems>
