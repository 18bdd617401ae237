/**
 * The open data feeds of the public content (/dati-aperti/): one list read by the build that writes them, the API
 * that serves their filtered pages and the page that presents them, so a feed is never offered in one and missing
 * from another. The version is in every address: a change that breaks clients gets a new version beside the old.
 */
export const openDataVersion = 'v1'

/** Which date the `dal`/`al` filters compare: the publication, the event's span, or the last update. */
export type OpenDatasetDate = 'publishedAt' | 'eventSpan' | 'updatedAt'

/** The datasets, by the Italian name in their address (/dati-aperti/v1/<name>.json, /api/dati-aperti/v1/<name>). */
export const openDatasets = [
  { name: 'notizie', collection: 'news', title: 'Notizie', date: 'publishedAt', byYear: true, description: 'Notizie, comunicati e avvisi del Comune, dal più recente: testo, immagine, argomenti, uffici e luoghi collegati.' },
  { name: 'eventi', collection: 'events', title: 'Eventi', date: 'eventSpan', byYear: true, description: 'Eventi in calendario, dal primo: date, luogo con le coordinate, costo, organizzatore e file di calendario.' },
  { name: 'servizi', collection: 'services', title: 'Servizi', date: 'updatedAt', description: 'Il catalogo dei servizi: stato, canali (online, prenotazione, sportello), se c’è il modulo online, ufficio responsabile.' },
  { name: 'uffici', collection: 'offices', title: 'Uffici', date: 'updatedAt', description: 'Uffici con orari di apertura, contatti, indirizzo e coordinate della sede.' },
  { name: 'luoghi', collection: 'places', title: 'Luoghi', date: 'updatedAt', description: 'Luoghi del Comune con indirizzo, coordinate (WGS84), orari e accesso.' },
  { name: 'argomenti', collection: 'topics', title: 'Argomenti', date: 'updatedAt', description: 'Gli argomenti che classificano i contenuti: i valori del filtro «argomento».' },
] as const satisfies readonly { name: string; collection: string; title: string; date: OpenDatasetDate; byYear?: true; description: string }[]

/** The name of a dataset in its address. */
export type OpenDatasetName = (typeof openDatasets)[number]['name']

/** The built file of a dataset, relative to the site's root: the whole dataset, or the index of its yearly files. */
export const openDatasetPath = (name: OpenDatasetName): string => `/dati-aperti/${openDataVersion}/${name}.json`

/**
 * Whether a dataset is written one file per year (of its date, in Rome's time): the datasets that grow with the
 * archive. Publishing a news item then rewrites its year's file and the small index, not a file of every news item
 * ever published (30 MB at 8,000 news, rewritten and compressed again on every publication).
 */
export const isByYear = (name: OpenDatasetName): name is ByYearDatasetName => openDatasets.some((d) => d.name === name && 'byYear' in d && d.byYear)

/** The names of the datasets written by year. */
export type ByYearDatasetName = Extract<(typeof openDatasets)[number], { byYear: true }>['name']

/** The built file of one year of a dataset written by year (isByYear), relative to the site's root. */
export const openDatasetYearPath = (name: ByYearDatasetName, year: number): string => `/dati-aperti/${openDataVersion}/${name}/${year}.json`

/** The iCalendar feed of every event, relative to the site's root. */
export const openEventsCalendarPath = `/dati-aperti/${openDataVersion}/eventi.ics`
