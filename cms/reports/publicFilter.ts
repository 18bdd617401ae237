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

/**
 * The query of a public read: only public statuses (never `da-confermare`, whatever the filter asks),
 * then the filter's own conditions. Null when nothing can match (e.g. a category that does not exist).
 * `withMerged`: Open311 and the exports list merged reports (closed as duplicates); the map and the list do not.
 */
export function publicWhere(filter: ReportFilter, categories: CategoryRow[], withMerged = false): Where | null {
  const statuses = filter.statuses ? filter.statuses.filter(isPublicStatus) : [...publicReportStatuses]
  if (!statuses.length) return null
  const and: Where[] = [{ status: { in: statuses } }]
  if (!withMerged) and.push({ mergedInto: { exists: false } })
  if (filter.categories) {
    const ids = categories.filter((c) => filter.categories!.includes(c.slug)).map((c) => c.id)
    if (!ids.length) return null
    and.push({ category: { in: ids } })
  }
  if (filter.codes) {
    if (!filter.codes.length) return null
    and.push({ code: { in: filter.codes } })
  }
  if (filter.area) and.push({ area: { equals: filter.area } })
  if (filter.from) and.push({ createdAt: { greater_than_equal: filter.from.toISOString() } })
  if (filter.to) and.push({ createdAt: { less_than_equal: filter.to.toISOString() } })
  return { and }
}

/**
 * The title the public sees: the citizen's own words only once moderation approved them; before,
 * the category's name (a title can hold a name, a plate, an insult as well as a description can).
 */
export const publicTitleOf = (report: { title: string; moderation: ModerationState }, categoryName: string): string =>
  report.moderation === 'approvata' ? report.title : categoryName
