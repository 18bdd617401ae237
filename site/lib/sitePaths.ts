import { newsKinds } from '../../cms/constants/newsKinds'
import { isByYear, openDatasetPath, openDatasets, openDatasetYearPath, openEventsCalendarPath } from '../../cms/constants/openDatasets'
import { serviceCategories } from '../../cms/constants/serviceCategories'
import { deskTabs } from '../components/desk/DeskTabs/tabs'
import { pastEventsPath, upcomingEventsPath } from '../components/EventList/eventListPath'
import { appIconPath, appIcons } from './appIcons'
import { eventPageNumbers } from './eventArchive'
import { newsArchivePages, newsArchivePath } from './newsArchive'
import { datasetYears } from './openData/datasetItems'
import { pagesWithOwnRoute, requiredPagePaths, newsKindSlugs } from './navigation'
import { getCollection } from './store'
import { categoryPath, collectionPath } from './urls'

/**
 * Every path of the public site, from one place: each dynamic route's getStaticPaths takes its params from here (the
 * static build), and the bundle's path list (/_sportello/percorsi.json, read by the publisher's renderer) enumerates
 * the very same, so both ways of building write the same files. Pages end in "/", endpoints do not, the 404 page is
 * "/404". Routes rendered on request (the preview, booking, reports, assistance, certificate check) are not listed.
 */

/** The pages and endpoints without params (site/pages/ files without brackets, except those rendered on request). */
export const fixedPaths = [
  '/', '/404', '/senza-connessione/',
  '/amministrazione/', '/amministrazione/uffici/', '/documenti/', '/luoghi/', '/eventi/', '/notizie/', '/novita/',
  '/servizi/', '/servizi/eventi-della-vita/', '/vivere-il-comune/', '/argomenti/', '/mappa-del-sito/', '/cerca/',
  '/grazie-per-il-feedback/', '/dati-aperti/',
  '/area-personale/', '/area-personale/certificati/', '/area-personale/domanda/', '/area-personale/pagamento/', '/area-personale/pratica/',
  '/manifest.webmanifest', '/redirezioni.json', '/robots.txt', '/rss.xml', openEventsCalendarPath,
] as const

const ids = async (collection: 'news' | 'events' | 'services' | 'offices' | 'places' | 'documents' | 'topics') =>
  (await getCollection(collection)).map((e) => e.id)

/** The params of each dynamic route, by its file under site/pages/. */
export const routeParams = {
  /** [...path].astro: the CMS's institutional pages without a route of their own, and the placeholders of required ones. */
  contentPages: async () => {
    const published = (await getCollection('pages')).map((p) => p.id).filter((id) => !pagesWithOwnRoute.includes(id))
    const placeholders = requiredPagePaths.filter((path) => !published.includes(path))
    return [...published, ...placeholders].map((path) => ({ path }))
  },
  news: async () => (await ids('news')).map((slug) => ({ slug })),
  newsArchive: async () => (await newsArchivePages()).map((n) => ({ page: String(n) })),
  newsKinds: () => newsKinds.map((k) => ({ kind: newsKindSlugs[k.value]! })),
  events: async () => (await ids('events')).map((slug) => ({ slug })),
  /** eventi/prossimi/[page].astro: the pages of the events to come after the first (which is /eventi/). */
  upcomingEventPages: async () => (await eventPageNumbers()).upcoming.filter((n) => n > 1).map((n) => ({ page: String(n) })),
  /** eventi/passati/[page].astro: the pages of the past events, numbered from the oldest. */
  pastEventPages: async () => (await eventPageNumbers()).past.map((n) => ({ page: String(n) })),
  services: async () => (await ids('services')).map((slug) => ({ slug })),
  serviceCategories: () => serviceCategories.map((c) => ({ category: c.value })),
  offices: async () => (await ids('offices')).map((slug) => ({ slug })),
  places: async () => (await ids('places')).map((slug) => ({ slug })),
  documents: async () => (await ids('documents')).map((slug) => ({ slug })),
  topics: async () => (await ids('topics')).map((slug) => ({ slug })),
  openDatasets: () => openDatasets.map((d) => ({ dataset: d.name })),
  /** dati-aperti/v1/[dataset]/[anno].json.ts: the yearly files of the datasets written by year. */
  openDatasetYears: async () =>
    (await Promise.all(openDatasets.map((d) => d.name).filter(isByYear).map(async (name) => (await datasetYears(name)).map((y) => ({ dataset: name, anno: String(y.year) }))))).flat(),
  appIcons: () => appIcons.map((icon) => ({ name: icon.file.replace(/\.png$/, '') })),
  deskSections: () => deskTabs.filter((tab) => tab.slug).map((tab) => ({ sezione: tab.slug })),
}

/** getStaticPaths' answer for params without props: the page reads its content from Astro.params. */
export const staticPathsOf = async <P extends Record<string, string>>(params: P[] | Promise<P[]>) => (await params).map((p) => ({ params: p }))

/** Every path of the site, sorted (the renderer's list of what a full build writes). */
export async function allSitePaths(): Promise<string[]> {
  const r = routeParams
  const [pages, news, archive, events, upcomingPages, pastPages, services, offices, places, documents, topics, datasetYearFiles] = await Promise.all([
    r.contentPages(), r.news(), r.newsArchive(), r.events(), r.upcomingEventPages(), r.pastEventPages(), r.services(), r.offices(), r.places(), r.documents(), r.topics(),
    r.openDatasetYears(),
  ])
  const paths: string[] = [
    ...fixedPaths,
    ...pages.map((p) => `/${p.path}/`),
    ...news.map((p) => collectionPath('news', p.slug)),
    ...archive.map((p) => newsArchivePath(Number(p.page))),
    ...r.newsKinds().map((p) => `/novita/${p.kind}/`),
    ...events.flatMap((p) => [collectionPath('events', p.slug), `/eventi/${p.slug}.ics`]),
    ...upcomingPages.map((p) => upcomingEventsPath(Number(p.page))),
    ...pastPages.map((p) => pastEventsPath(Number(p.page))),
    ...services.map((p) => collectionPath('services', p.slug)),
    ...r.serviceCategories().map((p) => categoryPath(p.category)),
    ...offices.map((p) => collectionPath('offices', p.slug)),
    ...places.map((p) => collectionPath('places', p.slug)),
    ...documents.map((p) => collectionPath('documents', p.slug)),
    ...topics.map((p) => collectionPath('topics', p.slug)),
    ...r.openDatasets().map((p) => openDatasetPath(p.dataset)),
    ...datasetYearFiles.map((p) => openDatasetYearPath(p.dataset, Number(p.anno))),
    ...appIcons.map((icon) => appIconPath(icon)),
    ...r.deskSections().map((p) => `/area-personale/${p.sezione}/`),
  ]
  return [...new Set(paths)].sort()
}
