import type { Payload, Where } from 'payload'

import type { ReportFilter } from './contract'
import { publicReportStatuses, type ModerationState, type ReportStatus } from './vocabulary'

/** A category as the public read side needs it: id for queries, slug and name for answers. */
export type CategoryRow = { id: number; slug: string; name: string; office: number; description?: string | null; active?: boolean | null }

/** Every category, active or not (old reports keep theirs), in the staff's order. */
export async function categoryRows(payload: Payload): Promise<CategoryRow[]> {
  const { docs } = await payload.find({
    collection: 'report-categories', depth: 0, pagination: false, sort: 'order', overrideAccess: true,
    select: { slug: true, name: true, office: true, description: true, active: true },
  })
  return docs.map((c) => ({ id: c.id, slug: c.slug, name: c.name, office: c.office as number, description: c.description, active: c.active }))
}

const isPublicStatus = (status: ReportStatus): boolean => (publicReportStatuses as readonly string[]).includes(status)

/** A public read's conditions, decided once: the Local API's query and the map's direct query are both written from it. */
export type PublicQuery = { statuses: ReportStatus[]; withMerged: boolean; categoryIds?: number[]; codes?: string[]; area?: string; from?: Date; to?: Date }

/**
 * What a public read may return: only public statuses (never `da-confermare`, whatever the filter asks),
 * then the filter's own conditions. Null when nothing can match (e.g. a category that does not exist).
 * `withMerged`: Open311 and the exports list merged reports (closed as duplicates); the map and the list do not.
 */
export function publicQueryOf(filter: ReportFilter, categories: CategoryRow[], withMerged = false): PublicQuery | null {
  const statuses = filter.statuses ? filter.statuses.filter(isPublicStatus) : [...publicReportStatuses]
  if (!statuses.length) return null
  const query: PublicQuery = { statuses, withMerged, area: filter.area, from: filter.from, to: filter.to }
  if (filter.categories) {
    query.categoryIds = categories.filter((c) => filter.categories!.includes(c.slug)).map((c) => c.id)
    if (!query.categoryIds.length) return null
  }
  if (filter.codes) {
    if (!filter.codes.length) return null
    query.codes = filter.codes
  }
  return query
}

/** The Local API's query of a public read (see publicQueryOf). */
export function publicWhere(filter: ReportFilter, categories: CategoryRow[], withMerged = false): Where | null {
  const q = publicQueryOf(filter, categories, withMerged)
  if (!q) return null
  const and: Where[] = [{ status: { in: q.statuses } }]
  if (!q.withMerged) and.push({ mergedInto: { exists: false } })
  if (q.categoryIds) and.push({ category: { in: q.categoryIds } })
  if (q.codes) and.push({ code: { in: q.codes } })
  if (q.area) and.push({ area: { equals: q.area } })
  if (q.from) and.push({ createdAt: { greater_than_equal: q.from.toISOString() } })
  if (q.to) and.push({ createdAt: { less_than_equal: q.to.toISOString() } })
  return { and }
}

/**
 * The title the public sees: the citizen's own words only once moderation approved them; before,
 * the category's name (a title can hold a name, a plate, an insult as well as a description can).
 */
export const publicTitleOf = (report: { title: string; moderation: ModerationState }, categoryName: string): string =>
  report.moderation === 'approvata' ? report.title : categoryName
