/** A point in WGS84 decimal degrees. */
export type Point = { latitude: number; longitude: number }

/**
 * The box around the Comune di Brindisi's territory (the city, the coast, Tuturano and the rural
 * contrade): a report placed outside it is refused. Generous on purpose — the municipal border is
 * not a rectangle, and the office can still close a report "non di competenza".
 */
export const comuneBounds = { south: 40.5, north: 40.72, west: 17.8, east: 18.1 } as const

/** The point the public map opens on: Piazza della Vittoria. */
export const comuneCentre: Point = { latitude: 40.6378, longitude: 17.9421 }

/** Whether a pair of numbers is a point inside the Comune's box. */
export const insideComune = (point: Partial<Point>): point is Point =>
  typeof point.latitude === 'number' && typeof point.longitude === 'number' &&
  point.latitude >= comuneBounds.south && point.latitude <= comuneBounds.north &&
  point.longitude >= comuneBounds.west && point.longitude <= comuneBounds.east

const earthRadiusMeters = 6_371_008.8
const radians = (degrees: number) => (degrees * Math.PI) / 180

/** The great-circle distance in metres between two points (haversine). */
export function distanceMeters(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude)
  const dLng = radians(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * earthRadiusMeters * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The latitude/longitude box holding every point within `meters` of a centre: the index narrows, the haversine decides. */
export function boxAround(centre: Point, meters: number): { south: number; north: number; west: number; east: number } {
  const dLat = (meters / earthRadiusMeters) * (180 / Math.PI)
  const dLng = dLat / Math.max(0.01, Math.cos(radians(centre.latitude)))
  return { south: centre.latitude - dLat, north: centre.latitude + dLat, west: centre.longitude - dLng, east: centre.longitude + dLng }
}

/** A coordinate rounded to 6 decimals (≈ 10 cm): what is stored and published. */
export const roundCoordinate = (value: number): number => Math.round(value * 1e6) / 1e6
