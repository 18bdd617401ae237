import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content'

/** Queries the pages share: each returns published content only (the loaders never store drafts). */

export type Settings = CollectionEntry<'settings'>['data']
type Ref = { slug: string; title: string }

/** The municipality's identity and contacts; the build stops if the CMS has none. */
export async function getSettings(): Promise<Settings> {
  const entry = await getEntry('settings', 'settings')
  if (!entry) throw new Error('Impostazioni del sito mancanti: compila “Impostazioni del sito” nel CMS.')
  return entry.data
}

/** What the editors highlight on the home page (empty lists when not set). */
export async function getHomepage(): Promise<CollectionEntry<'homepage'>['data']> {
  return (await getEntry('homepage', 'homepage'))?.data ?? { highlightedNews: [], highlightedServices: [], highlightedTopics: [] }
}

/** An institutional page by its path ("amministrazione/uffici"), if published. */
export async function getPage(path: string): Promise<CollectionEntry<'pages'> | undefined> {
  return getEntry('pages', path)
}

/** The direct subpages of a path, in menu order then by title. */
export async function childPagesOf(path: string): Promise<CollectionEntry<'pages'>[]> {
  const pages = await getCollection('pages', (p) => p.id.startsWith(`${path}/`) && !p.id.slice(path.length + 1).includes('/'))
  return pages.sort((a, b) => a.data.menuOrder - b.data.menuOrder || a.data.title.localeCompare(b.data.title, 'it'))
}

/** All news, most recent first. */
export async function newsByDate(): Promise<CollectionEntry<'news'>[]> {
  return (await getCollection('news')).sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime())
}

/** Events still to come (soonest first) and those already over (latest first). */
export async function eventsByTime(now = new Date()) {
  const events = await getCollection('events')
  const end = (e: CollectionEntry<'events'>) => (e.data.endDate ?? e.data.startDate).getTime()
  const upcoming = events.filter((e) => end(e) >= now.getTime()).sort((a, b) => a.data.startDate.getTime() - b.data.startDate.getTime())
  const past = events.filter((e) => end(e) < now.getTime()).sort((a, b) => b.data.startDate.getTime() - a.data.startDate.getTime())
  return { upcoming, past }
}

/** All entries of a collection sorted by title, the order of every A–Z list. */
export async function byTitle<C extends 'services' | 'places' | 'offices' | 'documents' | 'topics'>(collection: C) {
  const entries = await getCollection(collection)
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, 'it'))
}

/** The full entries behind a list of refs, skipping any that is no longer published. */
export async function refsToEntries<C extends CollectionKey>(collection: C, refs: Ref[]): Promise<CollectionEntry<C>[]> {
  const entries = await Promise.all(refs.map((ref) => getEntry(collection, ref.slug)))
  return entries.filter((e): e is NonNullable<typeof e> => e !== undefined) as CollectionEntry<C>[]
}

/** Entries of a collection tagged with a topic. */
export async function taggedWith<C extends 'services' | 'news' | 'events' | 'places' | 'offices' | 'documents'>(collection: C, topic: string) {
  const entries = await getCollection(collection)
  return entries.filter((e) => (e.data.topics as Ref[]).some((t) => t.slug === topic))
}

/** Where "Segnala disservizio" leads: the service page when published, otherwise the assistance page. */
export async function reportInefficiencyPath(): Promise<string> {
  return (await getEntry('services', 'segnalazione-disservizio')) ? '/servizi/segnalazione-disservizio/' : '/assistenza/'
}
