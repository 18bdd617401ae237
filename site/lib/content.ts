import type { CollectionEntry, CollectionKey } from 'astro:content'

import { derived, getCollection, getEntry, memoOver, today } from './store'

/** Queries the pages share: each returns published content only (the loaders never store drafts). */

export type Settings = CollectionEntry<'settings'>['data']
type Ref = { slug: string; title: string }

/**
 * Italian alphabetical order, one collator for every comparison: `localeCompare(b, 'it')` orders the same but builds a
 * collator per call, which made sorting a thousand services cost more than rendering the page that lists them.
 */
const italian = new Intl.Collator('it')

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
  return pages.sort((a, b) => a.data.menuOrder - b.data.menuOrder || italian.compare(a.data.title, b.data.title))
}

/** All news, most recent first. */
export async function newsByDate(): Promise<CollectionEntry<'news'>[]> {
  return [...(await newsNewestFirst())]
}

/**
 * All news, most recent first, as one array shared until the news change: for the computations that only read it (a
 * thousand archive pages each taking its slice must not each copy the whole archive).
 */
export function newsNewestFirst(): Promise<readonly CollectionEntry<'news'>[]> {
  // Ties (two items published in the same instant) broken by id, so the order never depends on the source's order.
  return memoOver('news', 'byDate', async () =>
    (await getCollection('news')).sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || (a.id < b.id ? 1 : -1)))
}

/**
 * Events still to come (soonest first) and those already over (latest first). "Over" means ended before today began
 * (Europe/Rome): an event ending today is still listed as to come, and the split changes once a day, not every instant,
 * so two renders on the same day agree.
 */
export async function eventsByTime(day: Date = today().start) {
  const events = await eventsByStart()
  const end = (e: CollectionEntry<'events'>) => (e.data.endDate ?? e.data.startDate).getTime()
  const upcoming = events.filter((e) => end(e) >= day.getTime())
  const past = events.filter((e) => end(e) < day.getTime()).reverse()
  return { upcoming, past }
}

/** All events by start (ties by id), as one array shared until the events change (the agenda, the feeds). */
export function eventsByStart(): Promise<readonly CollectionEntry<'events'>[]> {
  return memoOver('events', 'byStart', async () =>
    (await getCollection('events')).sort((a, b) => a.data.startDate.getTime() - b.data.startDate.getTime() || (a.id < b.id ? -1 : 1)))
}

/** All entries of a collection sorted by title, the order of every A–Z list (sorted once per change of the collection). */
export async function byTitle<C extends 'services' | 'places' | 'offices' | 'documents' | 'topics'>(collection: C): Promise<CollectionEntry<C>[]> {
  const sorted = await memoOver(collection, 'byTitle', async () => (await getCollection(collection)).sort((a, b) => italian.compare(a.data.title, b.data.title)))
  return [...sorted]
}

/** The full entries behind a list of refs, skipping any that is no longer published. */
export async function refsToEntries<C extends CollectionKey>(collection: C, refs: Ref[]): Promise<CollectionEntry<C>[]> {
  const entries = await Promise.all(refs.map((ref) => getEntry(collection, ref.slug)))
  return entries.filter((e): e is NonNullable<typeof e> => e !== undefined) as CollectionEntry<C>[]
}

/** How many news a topic page counts, and the latest it shows. */
export const topicNewsShown = 9

/**
 * What a topic page shows of the news tagged with it: how many, and the latest few. A derived value (see store.ts), so
 * publishing a news item renders again only the pages of its own topics, not every topic page: the news are grouped
 * by topic once per change of the news, not once per topic page.
 */
export const topicNews = derived('topic-news', async (slug): Promise<{ count: number; latest: CollectionEntry<'news'>[] }> => {
  const byTopic = await memoOver('news', 'byTopic', async () => {
    const groups = new Map<string, CollectionEntry<'news'>[]>()
    for (const item of await newsNewestFirst()) {
      for (const { slug: tag } of item.data.topics as Ref[]) {
        const group = groups.get(tag)
        if (group) group.push(item)
        else groups.set(tag, [item])
      }
    }
    return groups
  })
  const tagged = byTopic.get(slug) ?? []
  return { count: tagged.length, latest: tagged.slice(0, topicNewsShown) }
})

/** Entries of a collection tagged with a topic. */
export async function taggedWith<C extends 'services' | 'news' | 'events' | 'places' | 'offices' | 'documents'>(collection: C, topic: string) {
  const entries = await getCollection(collection)
  return entries.filter((e) => (e.data.topics as Ref[]).some((t) => t.slug === topic))
}

/** Where "Segnala disservizio" leads: the service page when published, otherwise the assistance page. */
export async function reportInefficiencyPath(): Promise<string> {
  return (await getEntry('services', 'segnalazione-disservizio')) ? '/servizi/segnalazione-disservizio/' : '/assistenza/'
}
