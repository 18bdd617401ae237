import { getCollection } from '../store'

import type { AnyOpenDataItem, OpenDataLicence } from '../../../api/contract/openData'
import type { OpenDatasetName } from '../../../cms/constants/openDatasets'
import { it } from '../../i18n/it'
import { byTitle, getSettings, newsByDate } from '../content'
import { serviceToAccess } from '../serviceAccess'
import { eventToItem, newsToItem, officeToItem, placeToItem, serviceToItem, topicToItem, type ItemContext } from './entryToItem'

/** The licence every feed carries: the site's content licence (site/components/ContentLicence.astro), attributed to the Comune. */
export async function openDataLicence(): Promise<OpenDataLicence> {
  return { name: 'CC BY 4.0', url: it.licence.url, attribution: (await getSettings()).name }
}

/** Every published item of a dataset, in the order of the site's own lists (news newest first, events by start, the rest A–Z). */
export async function datasetItems(name: OpenDatasetName, site: URL): Promise<AnyOpenDataItem[]> {
  const places = new Map((await getCollection('places')).map((p) => [p.id, p]))
  const context: ItemContext = { site, places }
  switch (name) {
    case 'notizie':
      return (await newsByDate()).map((n) => newsToItem(n, context))
    case 'eventi':
      return (await getCollection('events')).sort((a, b) => a.data.startDate.getTime() - b.data.startDate.getTime()).map((e) => eventToItem(e, context))
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
