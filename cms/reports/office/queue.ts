import type { Payload, TypedUser, Where } from 'payload'

import type { Report } from '../../payload-types'
import { relationId } from '../../relationId'
import { reportStatuses, type ReportStatus } from '../vocabulary'
import { isOverdue } from './stats'

/** The queue's filters, as the view's form sends them (all optional). */
export type QueueFilter = { status?: string; category?: string; office?: string; assignee?: 'me' | 'nessuno' | string; overdue?: boolean; moderation?: boolean }

/** One row of the triage queue. */
export type QueueRow = Pick<Report, 'id' | 'code' | 'title' | 'status' | 'moderation' | 'targetDate' | 'createdAt' | 'address' | 'area'> & { categoryId: number; officeId: number; assigneeId: number | null; overdue: boolean }

/** How many rows the view shows at most: the queue is for working, the list view for browsing. */
export const queueLimit = 200

/** The filters as a query with the reader's access (their offices only); unknown values are ignored. */
export function queueWhere(filter: QueueFilter, userId: number | string, now: Date): Where {
  const and: Where[] = [{ status: { not_equals: 'da-confermare' } }, { mergedInto: { exists: false } }]
  const status = reportStatuses.find((s) => s.value === filter.status)?.value
  and.push(status ? { status: { equals: status } } : { status: { in: ['ricevuta', 'in-lavorazione'] satisfies ReportStatus[] } })
  if (filter.category && /^\d+$/.test(filter.category)) and.push({ category: { equals: Number(filter.category) } })
  if (filter.office && /^\d+$/.test(filter.office)) and.push({ office: { equals: Number(filter.office) } })
  if (filter.assignee === 'me') and.push({ assignee: { equals: userId } })
  else if (filter.assignee === 'nessuno') and.push({ assignee: { exists: false } })
  if (filter.overdue) and.push({ targetDate: { less_than: now.toISOString() } }, { status: { in: ['ricevuta', 'in-lavorazione'] } })
  if (filter.moderation) and.push({ moderation: { equals: 'in-attesa' } })
  return { and }
}

/** New and unassigned first, then overdue, then the rest; oldest first inside each group (first come, first served). */
const rankOf = (row: QueueRow) => (row.status === 'ricevuta' && row.assigneeId == null ? 0 : row.overdue ? 1 : 2)

/** The triage queue of a staff member, in working order. */
export async function reportQueue(payload: Payload, user: TypedUser, filter: QueueFilter, now = new Date()): Promise<{ rows: QueueRow[]; total: number }> {
  const { docs, totalDocs } = await payload.find({
    collection: 'reports', where: queueWhere(filter, user.id, now), sort: 'createdAt', limit: queueLimit, depth: 0, overrideAccess: false, user,
    select: { code: true, title: true, status: true, moderation: true, targetDate: true, createdAt: true, address: true, area: true, category: true, office: true, assignee: true },
  })
  const rows = docs.map((d) => ({
    id: d.id, code: d.code, title: d.title, status: d.status, moderation: d.moderation, targetDate: d.targetDate, createdAt: d.createdAt, address: d.address, area: d.area,
    categoryId: relationId(d.category)!, officeId: relationId(d.office)!, assigneeId: relationId(d.assignee ?? null), overdue: isOverdue(d, now),
  }))
  return { rows: rows.sort((a, b) => rankOf(a) - rankOf(b)), total: totalDocs }
}
