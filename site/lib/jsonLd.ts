import type { CollectionEntry } from 'astro:content'

import { serviceCategories } from '../../cms/constants/serviceCategories'
import { addressToPostalAddress } from './addressToPostalAddress'
import type { Settings } from './content'
import { coordinatesToOsmUrl } from './coordinatesToOsmUrl'
import { htmlToText } from './htmlToText'
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
    address: postalAddressOf(settings.address, localityOf(settings)),
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

/** How a citizen reaches a service, as the page shows it: the online address (or booking page) and the desk. */
export interface ServiceChannelFacts {
  /** The online application, the booking page or, when the service has neither, the service's own page. */
  serviceUrl: string
  /** The desk that serves it in person; the municipality's seat when no office is named. */
  place: { name: string; address: string }
}

/** The municipality's own locality ("Brindisi" for "Comune di Brindisi"), for addresses written without one. */
function localityOf(settings: Settings): string {
  return settings.name.replace(/^Comune di\s+/i, '')
}

/** A postal address with the model's keys (street, postcode, locality), in Italy. */
function postalAddressOf(address: string, fallbackLocality: string): Json {
  const parts = addressToPostalAddress(address)
  return { '@type': 'PostalAddress', ...parts, addressLocality: parts.addressLocality ?? fallbackLocality, addressCountry: 'IT' }
}

/**
 * A service sheet as GovernmentService with the keys of the municipal model's metadata (R.SI.1.1): name, serviceType,
 * serviceOperator, areaServed, audience and one availableChannel with its serviceUrl and serviceLocation.
 */
export function serviceToJsonLd(service: CollectionEntry<'services'>, channel: ServiceChannelFacts, settings: Settings, url: URL): Json {
  const { data } = service
  const municipality = localityOf(settings)
  const operator = organizationToJsonLd(settings, new URL('/', url))
  return {
    '@context': context,
    '@type': 'GovernmentService',
    name: data.title,
    description: data.summary,
    url: url.href,
    serviceType: valueToLabel(serviceCategories, data.category),
    serviceOperator: operator,
    provider: operator,
    areaServed: { '@type': 'AdministrativeArea', name: data.coverage ?? settings.name },
    audience: { '@type': 'Audience', audienceType: htmlToText(data.sections.audience) || 'Cittadini' },
    availableChannel: {
      '@type': 'ServiceChannel',
      availableLanguage: 'it',
      serviceUrl: new URL(channel.serviceUrl, url).href,
      serviceLocation: { '@type': 'Place', name: channel.place.name, address: postalAddressOf(channel.place.address, municipality) },
    },
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

/** A place of the city with its address and, when known, its coordinates and map. */
export function placeToJsonLd(place: CollectionEntry<'places'>, settings: Settings, url: URL): Json {
  const { data } = place
  const hasPoint = data.latitude !== undefined && data.longitude !== undefined
  return {
    '@context': context,
    '@type': 'Place',
    name: data.title,
    description: data.summary,
    url: url.href,
    address: postalAddressOf(data.address, localityOf(settings)),
    ...(hasPoint && {
      geo: { '@type': 'GeoCoordinates', latitude: data.latitude, longitude: data.longitude },
      hasMap: coordinatesToOsmUrl(data.latitude!, data.longitude!),
    }),
  }
}
