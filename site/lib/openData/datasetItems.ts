import type { CollectionEntry } from 'astro:content'

import type { AnyOpenDataItem, OpenDataLicence } from '../../../api/contract/openData'
import { openDatasetYearPath, type ByYearDatasetName, type OpenDatasetName } from '../../../cms/constants/openDatasets'
import { it } from '../../i18n/it'
import { byTitle, eventsByStart, getSettings, newsNewestFirst } from '../content'
import { romeYear } from '../dateToItalian'
import { serviceToAccess } from '../serviceAccess'
import { derived, getCollection, memoOver } from '../store'
import { eventToItem, newsToItem, officeToItem, placeToItem, serviceToItem, topicToItem, type ItemContext } from './entryToItem'

/** The licence every feed carries: the site's content licence (site/components/ContentLicence.astro), attributed to the Comune. */
export async function openDataLicence(): Promise<OpenDataLicence> {
  return { name: 'CC BY 4.0', url: it.licence.url, attribution: (await getSettings()).name }
}

type Dated = CollectionEntry<'news'> | CollectionEntry<'events'>

/**
 * The year (in Rome's time) an entry of a dataset written by year belongs to: the news item's publication, the event's
 * start. Without Intl (romeYear), read for every news item at every publication of a news item.
 */
const yearOf = (entry: Dated): number => romeYear('publishedAt' in entry.data ? entry.data.publishedAt : entry.data.startDate)

/** The entries of a dataset written by year, in the dataset's order (news newest first, events by start). */
function datedEntries(name: ByYearDatasetName): Promise<readonly Dated[]> {
  return name === 'notizie' ? newsNewestFirst() : eventsByStart()
}

/** The entries of a dataset grouped by year, in the dataset's order (the years too, by their first entry). */
function byYear(name: ByYearDatasetName): Promise<Map<number, Dated[]>> {
  return memoOver(name === 'notizie' ? 'news' : 'events', 'openDataByYear', async () => {
    const groups = new Map<number, Dated[]>()
    for (const entry of await datedEntries(name)) {
      const year = yearOf(entry)
      const group = groups.get(year)
      if (group) group.push(entry)
      else groups.set(year, [entry])
    }
    return groups
  })
}

/**
 * The years of a dataset written by year, each with how many items it holds and the address of its file: what the
 * dataset's index file lists. A derived value (site/lib/store.ts), so a publication renders the index again only when
 * a year's count changes.
 */
export const datasetYears: (name: ByYearDatasetName) => Promise<{ year: number; total: number; url: string }[]> = derived('open-data-years', async (name) =>
  [...(await byYear(name as ByYearDatasetName))].map(([year, entries]) => ({ year, total: entries.length, url: openDatasetYearPath(name as ByYearDatasetName, year) })))

/** The entries of one year ("notizie:2026") of a dataset written by year, or undefined when it has none. */
const yearEntries = derived('open-data-year', async (arg) => {
  const [dataset, year] = arg.split(':')
  return String(Number(year)) === year ? (await byYear(dataset as ByYearDatasetName)).get(Number(year)) : undefined
})

/** The items of one year of a dataset written by year, or undefined when it has none (the route answers 404). */
export async function datasetYearItems(name: ByYearDatasetName, year: string, site: URL): Promise<AnyOpenDataItem[] | undefined> {
  // The file shows these entries whole: it depends on its own year, not on every entry of the dataset.
  const entries = await yearEntries(`${name}:${year}`)
  if (!entries) return undefined
  const context = await itemContext(site)
  return entries.map((entry) => ('publishedAt' in entry.data ? newsToItem(entry as CollectionEntry<'news'>, context) : eventToItem(entry as CollectionEntry<'events'>, context)))
}

async function itemContext(site: URL): Promise<ItemContext> {
  return { site, places: new Map((await getCollection('places')).map((p) => [p.id, p])) }
}

/** Every published item of a dataset written whole, in the order of the site's own A–Z lists. */
export async function datasetItems(name: Exclude<OpenDatasetName, ByYearDatasetName>, site: URL): Promise<AnyOpenDataItem[]> {
  const context = await itemContext(site)
  switch (name) {
    case 'servizi':
      return Promise.all((await byTitle('services')).map(async (s) => serviceToItem(s, await serviceToAccess(s), context)))
    case 'uffici':
      return (await byTitle('offices')).map((o) => officeToItem(o, context))
    case 'luoghi':
      return (await byTitle('places')).map((p) => placeToItem(p, context))
    case 'argomenti':
      return (await byTitle('topics')).map((t) => topicToItem(t, context))
  }
}
