import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Payload } from 'payload'

import type { AppointmentRef } from '../notifications/notification'
import type { Office, Place, Service } from '../payload-types'
import type { BookingView } from './contract'

const maxBringLength = 1500

/** An OpenStreetMap link to the office: its place's point when known, else a search for its address. */
export function officeToMapUrl(office: Pick<Office, 'address' | 'place'> | null, address?: string | null): string | null {
  const place = office && typeof office.place === 'object' ? (office.place as Place | null) : null
  if (typeof place?.latitude === 'number' && typeof place.longitude === 'number') {
    return `https://www.openstreetmap.org/?mlat=${place.latitude}&mlon=${place.longitude}#map=17/${place.latitude}/${place.longitude}`
  }
  const where = address ?? office?.address ?? place?.address
  return where ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${where}, Brindisi`)}` : null
}

/** A service page's "Cosa serve" as plain text, one line per paragraph or list item; null when empty. */
export function neededToText(needed: Service['needed'] | null | undefined): string | null {
  if (!needed) return null
  const text = convertLexicalToPlaintext({ data: needed as unknown as SerializedEditorState })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
  if (!text) return null
  return text.length > maxBringLength ? `${text.slice(0, maxBringLength - 1)}…` : text
}

/**
 * What a letter names of a booking: the booking as the core reads it, plus the office's map link
 * and the service's "Cosa serve" (read here: the core's view has neither).
 */
export async function bookingToAppointmentRef(payload: Payload, booking: BookingView): Promise<AppointmentRef> {
  const [office, service] = await Promise.all([
    payload.findByID({ collection: 'offices', id: booking.office.id, depth: 1, disableErrors: true }) as Promise<Office | null>,
    booking.service ? (payload.findByID({ collection: 'services', id: booking.service.id, depth: 0, disableErrors: true }) as Promise<Service | null>) : null,
  ])
  const address = booking.office.address ?? office?.address ?? (typeof office?.place === 'object' ? office.place?.address : null) ?? null
  return {
    code: booking.code,
    startsAt: booking.startsAt,
    office: { title: booking.office.title, address, mapUrl: officeToMapUrl(office, address) },
    service: booking.service?.title ?? null,
    reason: booking.reason ?? null,
    whatToBring: neededToText(service?.needed),
    changeableUntil: booking.changeableUntil,
  }
}
