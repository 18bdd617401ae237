import type { Payload } from 'payload'

import type { ReportFilter, ReportMarker } from './contract'
import { drizzleOf, selectMarkerRows, type MarkerRow } from './markerQuery'
import { categoryRows, publicQueryOf, publicTitleOf, publicWhere, type CategoryRow } from './publicFilter'

/** The columns a marker needs, and nothing else: the map's 10,000 rows come from one narrow query. */
const markerColumns = { code: true, latitude: true, longitude: true, category: true, status: true, title: true, moderation: true, createdAt: true } as const

/**
 * The public map's markers, newest first: public, not merged into another report, filtered. At most
 * `limit` (the map shows the city's reports; a city of 82,000 has some thousands a year).
 */
export async function listMarkers(payload: Payload, filter: ReportFilter = {}, limit = 20_000, categories?: CategoryRow[]): Promise<ReportMarker[]> {
  const known = categories ?? (await categoryRows(payload))
  const query = publicQueryOf(filter, known)
  if (!query) return []
  const db = drizzleOf(payload)
  const docs: MarkerRow[] = db
    ? await selectMarkerRows(db, query, limit)
    : ((await payload.find({ collection: 'reports', where: publicWhere(filter, known)!, depth: 0, limit, pagination: false, sort: '-createdAt', select: markerColumns, overrideAccess: true })).docs as MarkerRow[])
  const byId = new Map(known.map((c) => [c.id, c]))
  return docs.map((r) => {
    const category = byId.get(r.category as number)
    return {
      // PostgreSQL's numeric columns come back from drizzle as text.
      code: r.code, latitude: Number(r.latitude), longitude: Number(r.longitude), category: category?.slug ?? '', status: r.status,
      title: publicTitleOf(r, category?.name ?? ''), createdAt: new Date(r.createdAt),
    }
  })
}

/**
 * A cheap fingerprint of everything public reads show: how many reports and categories there are and
 * when the latest of each changed (every change of a report bumps its updatedAt). Equal versions mean
 * equal answers, so caches and ETags key on it.
 */
export async function publicDataVersion(payload: Payload): Promise<string> {
  const latest = (collection: 'reports' | 'report-categories') => latestChange(payload, collection)
  const [reports, categories, reportsAt, categoriesAt] = await Promise.all([
    payload.count({ collection: 'reports', overrideAccess: true }),
    payload.count({ collection: 'report-categories', overrideAccess: true }),
    latest('reports'),
    latest('report-categories'),
  ])
  return `${reports.totalDocs}|${reportsAt}|${categories.totalDocs}|${categoriesAt}`
}

/** When a document of the collection last changed (ISO 8601), or '' when it is empty. */
export async function latestChange(payload: Payload, collection: 'reports' | 'report-categories'): Promise<string> {
  const { docs } = await payload.find({ collection, depth: 0, limit: 1, pagination: false, sort: '-updatedAt', select: { updatedAt: true }, overrideAccess: true })
  return docs[0]?.updatedAt ?? ''
}
