import type { CollectionEntry } from 'astro:content'
import { getCollection } from './store'

import { servicePaths } from './navigation'
import { newApplicationPath } from './urls'

/** The ways a service page offers its access ("Accedi al servizio"), decided once for the page and its metadata. */
export interface ServiceAccess {
  /** The online application: the portal's own form or another site's page; only while the service is active. */
  online?: { url: string; portalForm: boolean }
  /** The office's desk receives the request in person. */
  inPerson: boolean
  /** The booking page with this service pre-selected, where an active calendar serves it. */
  bookingUrl?: string
}

/** What a service page offers as access, from the service's channels and the calendars that serve it. */
export async function serviceToAccess(service: CollectionEntry<'services'>): Promise<ServiceAccess> {
  const { channels, status, hasOnlineForm } = service.data
  const onlineUrl = hasOnlineForm ? newApplicationPath(service.id) : channels.online ? channels.onlineUrl : undefined
  const bookable = (await getCollection('calendars')).some((c) => c.data.services.includes(service.id))
  return {
    ...(status === 'attivo' && onlineUrl && { online: { url: onlineUrl, portalForm: Boolean(hasOnlineForm) } }),
    inPerson: channels.inPerson,
    ...(bookable && { bookingUrl: `${servicePaths.booking}?servizio=${encodeURIComponent(service.id)}` }),
  }
}

/** Whether the page names any channel at all; without one it falls back to the office in charge. */
export function accessHasChannel(access: ServiceAccess): boolean {
  return Boolean(access.online || access.inPerson || access.bookingUrl)
}
