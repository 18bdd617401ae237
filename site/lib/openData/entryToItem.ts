import type { CollectionEntry } from 'astro:content'

import type { OpenDataItem } from '../../../api/contract/openData'
import { newsKinds } from '../../../cms/constants/newsKinds'
import type { ServiceAccess } from '../serviceAccess'
import { categoryPath, collectionPath, mediaPath } from '../urls'

// The open data items of published entries (api/contract/openData.ts): plain functions of the entries, so the
// build's feeds and their tests share them. Every address is absolute: the feeds are read from other sites and apps.

type Entry<C extends 'news' | 'events' | 'services' | 'offices' | 'places' | 'topics'> = Pick<CollectionEntry<C>, 'id' | 'data'>
type Image = CollectionEntry<'news'>['data']['image']
type Contacts = CollectionEntry<'places'>['data']['contacts']

/** What the items are made with: the site's address and the places (for the coordinates of events and offices). */
export type ItemContext = { site: URL; places: ReadonlyMap<string, Entry<'places'>> }

const absolute = (site: URL, href: string): string => new URL(href, site).href
const orNull = <T>(value: T | undefined): T | null => value ?? null
const imageOf = (site: URL, image: Image) =>
  image ? { url: absolute(site, mediaPath(image.filename)), alt: image.alt, width: orNull(image.width), height: orNull(image.height) } : null
const contactsOf = (contacts: Contacts) =>
  ({ phone: orNull(contacts.phone), email: orNull(contacts.email), pec: orNull(contacts.pec), website: orNull(contacts.website) })
const baseOf = (collection: string, { id, data }: Entry<'news' | 'events' | 'services' | 'offices' | 'places'>, site: URL) =>
  ({ slug: id, title: data.title, summary: data.summary, url: absolute(site, collectionPath(collection, id)), updatedAt: data.updatedAt.toISOString(), topics: data.topics })

/** A place named by an entry, with its address and coordinates, or null when it is not published. */
function placeOf(ref: { slug: string; title: string } | undefined, places: ItemContext['places']) {
  const place = ref && places.get(ref.slug)
  return place ? { slug: place.id, title: place.data.title, address: place.data.address, latitude: orNull(place.data.latitude), longitude: orNull(place.data.longitude) } : null
}

/** A news item of the feed. */
export const newsToItem = (entry: Entry<'news'>, { site }: ItemContext): OpenDataItem<'notizie'> => ({
  ...baseOf('news', entry, site), kind: entry.data.kind, kindLabel: newsKinds.find((k) => k.value === entry.data.kind)?.label ?? entry.data.kind,
  publishedAt: entry.data.publishedAt.toISOString(), bodyHtml: entry.data.bodyHtml, image: imageOf(site, entry.data.image),
  offices: entry.data.offices, places: entry.data.places,
})

/** An event of the feed, with its place's coordinates and its calendar file. */
export const eventToItem = (entry: Entry<'events'>, { site, places }: ItemContext): OpenDataItem<'eventi'> => ({
  ...baseOf('events', entry, site), startDate: entry.data.startDate.toISOString(), endDate: entry.data.endDate?.toISOString() ?? null,
  bodyHtml: entry.data.bodyHtml, image: imageOf(site, entry.data.image), place: placeOf(entry.data.place, places), address: orNull(entry.data.address),
  cost: orNull(entry.data.cost), audience: orNull(entry.data.audience), organizer: orNull(entry.data.organizer), contacts: contactsOf(entry.data.contacts),
  calendarUrl: absolute(site, `/eventi/${entry.id}.ics`),
})

/** A service of the feed: its channels as the service page offers them (site/lib/serviceAccess.ts). */
export const serviceToItem = (entry: Entry<'services'>, access: ServiceAccess, { site }: ItemContext): OpenDataItem<'servizi'> => ({
  ...baseOf('services', entry, site), status: entry.data.status, statusReason: orNull(entry.data.statusReason), category: entry.data.category,
  categoryUrl: absolute(site, categoryPath(entry.data.category)), office: orNull(entry.data.office),
  channels: {
    online: Boolean(access.online), onlineUrl: access.online ? absolute(site, access.online.url) : null,
    booking: Boolean(access.bookingUrl), bookingUrl: access.bookingUrl ? absolute(site, access.bookingUrl) : null, desk: access.inPerson,
  },
  hasOnlineForm: entry.data.hasOnlineForm, lifeEvents: entry.data.lifeEvents,
})

/** An office of the feed, with its opening hours and the coordinates of its seat. */
export const officeToItem = (entry: Entry<'offices'>, { site, places }: ItemContext): OpenDataItem<'uffici'> => ({
  ...baseOf('offices', entry, site), type: entry.data.type, responsible: orNull(entry.data.responsible), responsibleRole: orNull(entry.data.responsibleRole),
  parent: orNull(entry.data.parent), address: orNull(entry.data.address), place: placeOf(entry.data.place, places), contacts: contactsOf(entry.data.contacts),
  openingHours: entry.data.openingHours,
})

/** A place of the feed, with its coordinates. */
export const placeToItem = (entry: Entry<'places'>, { site }: ItemContext): OpenDataItem<'luoghi'> => ({
  ...baseOf('places', entry, site), type: entry.data.type, address: entry.data.address, latitude: orNull(entry.data.latitude), longitude: orNull(entry.data.longitude),
  openingHours: orNull(entry.data.openingHours), access: orNull(entry.data.access), contacts: contactsOf(entry.data.contacts), image: imageOf(site, entry.data.image),
})

/** A topic of the feed. */
export const topicToItem = ({ id, data }: Entry<'topics'>, { site }: ItemContext): OpenDataItem<'argomenti'> => ({
  slug: id, title: data.title, description: orNull(data.description), url: absolute(site, collectionPath('topics', id)), updatedAt: data.updatedAt.toISOString(),
})
