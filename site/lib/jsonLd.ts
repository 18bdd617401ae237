import type { CollectionEntry } from 'astro:content'

import { serviceCategories } from '../../cms/constants/serviceCategories'
import type { Settings } from './content'
import { htmlToText } from './htmlToText'
import { newApplicationPath } from './urls'
import { valueToLabel } from './valueToLabel'

/** schema.org descriptions of the pages, so search engines and the national catalogue read them as data. */

type Json = Record<string, unknown>
const context = 'https://schema.org'

/** The municipality as a GovernmentOrganization (publisher, provider, organizer). */
export function organizationToJsonLd(settings: Settings, site: URL): Json {
  return {
    '@type': 'GovernmentOrganization',
    name: settings.name,
    url: site.href,
    taxID: settings.taxCode,
    ...(settings.vatNumber && { vatID: settings.vatNumber }),
    address: { '@type': 'PostalAddress', streetAddress: settings.address, addressCountry: 'IT' },
    ...(settings.phone && { telephone: settings.phone }),
    ...(settings.email && { email: settings.email }),
  }
}

/** A breadcrumb trail with absolute URLs. */
export function breadcrumbsToJsonLd(items: { label: string; href: string }[], site: URL): Json {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.label, item: new URL(item.href, site).href })),
  }
}

/** A service sheet as GovernmentService, with its online and in-person channels. */
export function serviceToJsonLd(service: CollectionEntry<'services'>, office: CollectionEntry<'offices'> | undefined, settings: Settings, url: URL): Json {
  const { data } = service
  const channels: Json[] = []
  const onlineUrl = data.hasOnlineForm ? new URL(newApplicationPath(service.id), url).href : data.channels.online && data.channels.onlineUrl ? new URL(data.channels.onlineUrl, url).href : undefined
  if (onlineUrl) channels.push({ '@type': 'ServiceChannel', name: 'Online', availableLanguage: 'it', serviceUrl: onlineUrl })
  if (data.channels.inPerson && office) {
    channels.push({ '@type': 'ServiceChannel', name: office.data.title, ...(office.data.address && { serviceLocation: { '@type': 'Place', address: office.data.address } }), ...(office.data.contacts.phone && { servicePhone: { '@type': 'ContactPoint', telephone: office.data.contacts.phone } }) })
  }
  return {
    '@context': context,
    '@type': 'GovernmentService',
    name: data.title,
    description: data.summary,
    url: url.href,
    serviceType: valueToLabel(serviceCategories, data.category),
    provider: organizationToJsonLd(settings, new URL('/', url)),
    areaServed: { '@type': 'AdministrativeArea', name: data.coverage ?? settings.name },
    audience: { '@type': 'Audience', audienceType: htmlToText(data.sections.audience) },
    availableChannel: channels,
  }
}

/** A news item as NewsArticle published by the municipality. */
export function newsToJsonLd(news: CollectionEntry<'news'>, settings: Settings, url: URL, image?: string): Json {
  return {
    '@context': context,
    '@type': 'NewsArticle',
    headline: news.data.title,
    description: news.data.summary,
    url: url.href,
    datePublished: news.data.publishedAt.toISOString(),
    dateModified: news.data.updatedAt.toISOString(),
    ...(image && { image: [image] }),
    author: { '@type': 'GovernmentOrganization', name: settings.name },
    publisher: organizationToJsonLd(settings, new URL('/', url)),
  }
}

/** An event with its place, organiser and status. */
export function eventToJsonLd(event: CollectionEntry<'events'>, place: CollectionEntry<'places'> | undefined, settings: Settings, url: URL, image?: string): Json {
  const { data } = event
  const address = place?.data.address ?? data.address
  return {
    '@context': context,
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    url: url.href,
    startDate: data.startDate.toISOString(),
    ...(data.endDate && { endDate: data.endDate.toISOString() }),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    ...(address && { location: { '@type': 'Place', name: place?.data.title ?? address, address: { '@type': 'PostalAddress', streetAddress: address, addressCountry: 'IT' } } }),
    ...(image && { image: [image] }),
    organizer: data.organizer ? { '@type': 'Organization', name: data.organizer } : organizationToJsonLd(settings, new URL('/', url)),
  }
}

/** An office (unità organizzativa) as a GovernmentOrganization inside the municipality. */
export function officeToJsonLd(office: CollectionEntry<'offices'>, settings: Settings, url: URL): Json {
  const { data } = office
  return {
    '@context': context,
    '@type': 'GovernmentOrganization',
    name: data.title,
    description: data.summary,
    url: url.href,
    ...(data.address && { address: { '@type': 'PostalAddress', streetAddress: data.address, addressCountry: 'IT' } }),
    ...(data.contacts.phone && { telephone: data.contacts.phone }),
    ...(data.contacts.email && { email: data.contacts.email }),
    parentOrganization: organizationToJsonLd(settings, new URL('/', url)),
  }
}

/** The whole site's publisher, for the home page. */
export function siteToJsonLd(settings: Settings, site: URL): Json {
  return { '@context': context, ...organizationToJsonLd(settings, site) }
}
