import type { Payload } from 'payload'

import type { LocationSource, NewReport } from './contract'
import { insideComune, roundCoordinate, type Point } from './geo'
import { invalid } from './refusal'
import { nearestStreet, streetByName } from './streets'

/** Where a report is, as stored: the point, the address when a street was chosen, the area, how it was placed. */
export type ResolvedPlace = { latitude: number; longitude: number; address: string | null; area: string | null; locationSource: LocationSource }

const numberOf = (value: unknown): number | null => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN
  return Number.isFinite(n) ? n : null
}

const houseNumberPattern = /^\d{1,5}(?:\s?[a-z])?(?:\/[0-9a-z]{1,4})?$/i

/**
 * Places a report. The photo's GPS first (present only when the citizen accepted it), then the point
 * from the map or the device, then the chosen street's point. The street must be one of the list;
 * the area is the street's, else the nearest street's. Refused when the point is outside the Comune.
 */
export async function resolvePlace(payload: Payload, place: NewReport['place'] | null | undefined, gps: Point | null, usePhotoLocation: boolean): Promise<ResolvedPlace> {
  const given = place && typeof place === 'object' ? place : ({ source: 'mappa' } as NewReport['place'])
  const streetName = typeof given.street === 'string' && given.street.trim() ? given.street.trim() : null
  const street = streetName ? ((await streetByName(payload, streetName)) ?? invalid('place.street', 'La via indicata non è nello stradario del Comune: scegli una delle vie suggerite o indica il punto sulla mappa.')) : null
  const houseNumber = typeof given.houseNumber === 'string' && given.houseNumber.trim() ? given.houseNumber.trim() : null
  if (houseNumber && !houseNumberPattern.test(houseNumber)) invalid('place.houseNumber', 'Il numero civico non è valido (per esempio 12, 12A o 12/B).')

  const latitude = numberOf(given.latitude)
  const longitude = numberOf(given.longitude)
  let point: Point
  let source: LocationSource
  if (gps) [point, source] = [gps, 'foto']
  else if (latitude !== null && longitude !== null) [point, source] = [{ latitude, longitude }, given.source === 'dispositivo' || given.source === 'indirizzo' ? given.source : 'mappa']
  else if (street) [point, source] = [street, 'indirizzo']
  else if (usePhotoLocation) invalid('place', 'La foto non contiene la sua posizione: indica il luogo sulla mappa o scegli la via.')
  else invalid('place', 'Indica dove si trova il problema: sulla mappa, con l’indirizzo o con la posizione del dispositivo.')

  if (!insideComune(point)) invalid('place', source === 'foto' ? 'La posizione della foto è fuori dal territorio del Comune di Brindisi: indica il luogo sulla mappa.' : 'Il punto indicato è fuori dal territorio del Comune di Brindisi.')
  const area = street?.area ?? (await nearestStreet(payload, point))?.street.area ?? null
  return {
    latitude: roundCoordinate(point.latitude),
    longitude: roundCoordinate(point.longitude),
    address: street ? `${street.name}${houseNumber ? ` ${houseNumber}` : ''}` : null,
    area,
    locationSource: source,
  }
}
