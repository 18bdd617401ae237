import type { Payload, TypedUser } from 'payload'

import { monthBefore } from '../../certificateOffice/counts'
import { romeDayOf } from '../../practices/deadline'
import { relationId } from '../../relationId'
import { openReportStatuses } from '../vocabulary'

const day = 86_400_000

/** One category's figures, month by month (oldest first): received, solved, median days to solve; and open overdue now. */
export type CategoryStats = { id: number; name: string; targetDays: number; received: number[]; solved: number[]; medianDays: (number | null)[]; overdue: number }

/** The figures of the last 12 months (Rome time) per category, and the same for all of them together. */
export type ReportStats = { months: string[]; categories: CategoryStats[]; totals: Omit<CategoryStats, 'id' | 'name' | 'targetDays'> }

/** The median of some numbers (mean of the middle two when even), null for none; rounded to a tenth. */
export function medianOf(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  return Math.round(median * 10) / 10
}

/** True when an open report is past its target date. */
export const isOverdue = (report: { status: string; targetDate?: string | null }, now: Date) =>
  (openReportStatuses as readonly string[]).includes(report.status) && Boolean(report.targetDate) && Date.parse(report.targetDate!) < now.getTime()

/**
 * Counts per category and month of the last 12 months: received by the day the report became public
 * (confirmedAt), solved by solvedAt, the median days from one to the other among those solved that
 * month. Read with the staff member's access: an operator sees the figures of their offices only.
 */
export async function reportStats(payload: Payload, user: TypedUser, now = new Date()): Promise<ReportStats> {
  const current = romeDayOf(now).slice(0, 7)
  const months = Array.from({ length: 12 }, (_, i) => monthBefore(current, 11 - i))
  const since = new Date(Date.parse(`${months[0]}-01T00:00:00Z`) - day).toISOString()
  const [{ docs: categories }, { docs: reports }] = await Promise.all([
    payload.find({ collection: 'report-categories', sort: 'order', depth: 0, pagination: false, overrideAccess: true }),
    payload.find({
      collection: 'reports', overrideAccess: false, user, pagination: false, depth: 0,
      where: { or: [{ confirmedAt: { greater_than_equal: since } }, { solvedAt: { greater_than_equal: since } }, { status: { in: [...openReportStatuses] } }] },
      select: { category: true, status: true, confirmedAt: true, solvedAt: true, targetDate: true },
    }),
  ])
  const zeros = () => months.map(() => 0)
  const monthOf = (at: string | null | undefined) => (at ? months.indexOf(romeDayOf(at).slice(0, 7)) : -1)
  const rows = categories.map((c) => ({ id: c.id, name: c.name, targetDays: c.targetDays, received: zeros(), solved: zeros(), durations: months.map((): number[] => []), overdue: 0 }))
  const all = { received: zeros(), solved: zeros(), durations: months.map((): number[] => []), overdue: 0 }
  for (const report of reports) {
    const row = rows.find((r) => r.id === relationId(report.category))
    for (const target of row ? [row, all] : [all]) {
      const received = monthOf(report.confirmedAt)
      if (received >= 0) target.received[received] += 1
      const solved = monthOf(report.solvedAt)
      if (solved >= 0) {
        target.solved[solved] += 1
        if (report.confirmedAt) target.durations[solved].push((Date.parse(report.solvedAt!) - Date.parse(report.confirmedAt)) / day)
      }
      if (isOverdue(report, now)) target.overdue += 1
    }
  }
  const finish = <T extends { durations: number[][] }>({ durations, ...rest }: T) => ({ ...rest, medianDays: durations.map(medianOf) })
  return { months, categories: rows.map(finish), totals: finish(all) }
}
