import type { Payload } from 'payload'

import type { ReportMarker } from './contract'
import { boxAround, distanceMeters, insideComune } from './geo'
import { listMarkers } from './markers'
import { openReportStatuses } from './vocabulary'

/** What "Già segnalato?" looks for: a point, the category chosen, and how far (150 m unless said). */
export type NearbyQuery = { latitude: number; longitude: number; categorySlug: string; radiusMeters?: number }

/**
 * Open reports (ricevuta, in lavorazione) of the same category within the radius of a point, nearest
 * first, at most 5: what the citizen may follow instead of reporting again. Merged reports are left
 * out (their followers moved on); unconfirmed ones are never open. Empty for a point outside the Comune.
 */
export async function nearbyOpenReports(payload: Payload, { latitude, longitude, categorySlug, radiusMeters = 150 }: NearbyQuery): Promise<ReportMarker[]> {
  const centre = { latitude, longitude }
  if (!insideComune(centre) || typeof categorySlug !== 'string' || categorySlug.length > 80) return []
  const radius = Math.max(1, Math.min(Number(radiusMeters) || 150, 2000))
  const box = boxAround(centre, radius)
  const found = await payload.find({
    collection: 'reports',
    where: {
      and: [
        { 'category.slug': { equals: categorySlug } },
        { status: { in: [...openReportStatuses] } },
        { mergedInto: { exists: false } },
        { latitude: { greater_than_equal: box.south } }, { latitude: { less_than_equal: box.north } },
        { longitude: { greater_than_equal: box.west } }, { longitude: { less_than_equal: box.east } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { code: true, latitude: true, longitude: true, status: true, title: true, createdAt: true },
  })
  return found.docs
    .map((doc) => ({ doc, meters: distanceMeters(centre, doc) }))
    .filter(({ meters }) => meters <= radius)
    .sort((a, b) => a.meters - b.meters)
    .slice(0, 5)
    .map(({ doc }) => ({ code: doc.code, latitude: doc.latitude, longitude: doc.longitude, category: categorySlug, status: doc.status, title: doc.title, createdAt: new Date(doc.createdAt) }))
}

/**
 * "Già segnalato?" as the public sees it: {@link nearbyOpenReports}, each shown through the read side's
 * rules (listMarkers: the title only once moderated), nearest first.
 */
export async function nearbyPublicReports(payload: Payload, query: NearbyQuery): Promise<ReportMarker[]> {
  const near = await nearbyOpenReports(payload, query)
  if (near.length === 0) return []
  const shown = new Map((await listMarkers(payload, { codes: near.map((m) => m.code) })).map((m) => [m.code, m]))
  return near.flatMap((m) => shown.get(m.code) ?? [])
}
