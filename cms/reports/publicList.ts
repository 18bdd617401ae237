import type { Payload } from 'payload'

import type { Report } from '../payload-types'
import type { ReportCategoryView, ReportFilter } from './contract'
import type { ReportStatus } from './vocabulary'
import { categoryRows, publicTitleOf, publicWhere, type CategoryRow } from './publicFilter'

/** One row of the public list: what the list page and the exports show of a report, nothing personal. */
export type PublicReportRow = {
  code: string; title: string; status: Exclude<ReportStatus, 'da-confermare'>; category: { slug: string; name: string }
  area: string | null; address: string | null; latitude: number; longitude: number; createdAt: Date; updatedAt: Date
  /** The moderated text (null before approval) and the office's latest public answer. */
  text: string | null; publicAnswer: string | null; office: string; targetDate: Date | null; closeReason: string | null; mergedInto: string | null
  /** The position of its first approved photo, or null. */
  photo: number | null
}

/** A page of the public list, newest first. */
export type PublicReportPage = { items: PublicReportRow[]; page: number; pageSize: number; total: number; totalPages: number }

const rowColumns = {
  code: true, title: true, status: true, category: true, office: true, area: true, address: true, latitude: true, longitude: true, createdAt: true,
  updatedAt: true, moderation: true, publicText: true, publicAnswer: true, targetDate: true, closeReason: true, mergedInto: true,
} as const

/** One page of public reports matching the filter (merged ones only with `withMerged`, for exports and Open311). */
export async function listPublicReports(payload: Payload, filter: ReportFilter, page = 1, pageSize = 20, withMerged = false): Promise<PublicReportPage> {
  const categories = await categoryRows(payload)
  const where = publicWhere(filter, categories, withMerged)
  if (!where) return { items: [], page, pageSize, total: 0, totalPages: 0 }
  const found = await payload.find({ collection: 'reports', where, depth: 0, page, limit: pageSize, sort: '-createdAt', select: rowColumns, overrideAccess: true })
  const items = await toRows(payload, found.docs, categories)
  return { items, page, pageSize, total: found.totalDocs, totalPages: found.totalPages }
}

/** The categories citizens may choose now (active), in the staff's order, with their office and target time. */
export async function publicCategories(payload: Payload): Promise<ReportCategoryView[]> {
  const { docs } = await payload.find({ collection: 'report-categories', where: { active: { equals: true } }, depth: 1, pagination: false, sort: 'order', overrideAccess: true, populate: { offices: { title: true } } })
  return docs.map((c) => ({
    id: c.id, slug: c.slug, name: c.name, description: c.description ?? null, targetDays: c.targetDays,
    office: typeof c.office === 'object' ? { id: c.office.id, title: c.office.title } : { id: c.office, title: '' },
  }))
}

/** The areas (quartieri) of the street list, for the "zona" filter. */
export async function publicAreas(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'streets', depth: 0, pagination: false, select: { area: true }, overrideAccess: true })
  return [...new Set(docs.map((s) => s.area))].sort((a, b) => a.localeCompare(b, 'it'))
}

type RowDoc = Pick<Report, keyof typeof rowColumns | 'id'>

async function toRows(payload: Payload, docs: RowDoc[], categories: CategoryRow[]): Promise<PublicReportRow[]> {
  const byId = new Map(categories.map((c) => [c.id, c]))
  const officeIds = [...new Set(docs.map((d) => d.office as number))]
  const survivorIds = [...new Set(docs.map((d) => d.mergedInto as number | null).filter((id): id is number => Boolean(id)))]
  const [offices, survivors, photos] = await Promise.all([
    officeIds.length ? payload.find({ collection: 'offices', where: { id: { in: officeIds } }, depth: 0, pagination: false, select: { title: true }, overrideAccess: true }) : { docs: [] },
    survivorIds.length ? payload.find({ collection: 'reports', where: { id: { in: survivorIds } }, depth: 0, pagination: false, select: { code: true }, overrideAccess: true }) : { docs: [] },
    firstApprovedPhotos(payload, docs.filter((d) => d.moderation !== 'nascosta').map((d) => d.id)),
  ])
  const officeTitle = new Map(offices.docs.map((o) => [o.id, (o as { title: string }).title]))
  const survivorCode = new Map(survivors.docs.map((r) => [r.id, (r as { code: string }).code]))
  return docs.map((d) => {
    const category = byId.get(d.category as number)
    return {
      code: d.code, title: publicTitleOf(d, category?.name ?? ''), status: d.status as PublicReportRow['status'],
      category: { slug: category?.slug ?? '', name: category?.name ?? '' }, area: d.area ?? null, address: d.address ?? null,
      latitude: d.latitude, longitude: d.longitude, createdAt: new Date(d.createdAt), updatedAt: new Date(d.updatedAt),
      text: d.moderation === 'approvata' ? d.publicText ?? null : null, publicAnswer: d.publicAnswer ?? null,
      office: officeTitle.get(d.office as number) ?? '', targetDate: d.targetDate ? new Date(d.targetDate) : null,
      closeReason: d.closeReason ?? null, mergedInto: d.mergedInto ? survivorCode.get(d.mergedInto as number) ?? null : null, photo: photos.get(d.id) ?? null,
    }
  })
}

/** Report id → the position of its first approved photo (reports hidden by moderation are left out by the caller). */
async function firstApprovedPhotos(payload: Payload, reportIds: number[]): Promise<Map<number, number>> {
  if (!reportIds.length) return new Map()
  const { docs } = await payload.find({
    collection: 'report-photos', depth: 0, pagination: false, sort: '-position', overrideAccess: true, select: { report: true, position: true },
    where: { and: [{ report: { in: reportIds } }, { moderation: { equals: 'approvata' } }] },
  })
  // Sorted last to first: the first position is the one left in the map.
  return new Map(docs.map((p) => [p.report as number, p.position]))
}
