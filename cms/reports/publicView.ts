// The one place that decides what of a report the public sees (page, map, list, exports, Open311):
// never a report waiting for its email confirmation, never the reporter, never internal notes; the
// citizen's text and photos only once moderation approved them.
import type { Payload } from 'payload'

import type { Report } from '../payload-types'
import type { PublicReport } from './contract'
import { publicTitleOf } from './publicFilter'
import { publicReportStatuses, type ReportEventKind } from './vocabulary'

/** The trail events the public page may show; notes, assignments, moderation and follows never. */
const publicEventKinds: readonly ReportEventKind[] = ['email-confermata', 'stato', 'risposta', 'unita']
/** Of those, the ones whose text is a public answer written for citizens. */
const eventsWithPublicText: readonly ReportEventKind[] = ['stato', 'risposta']

/** The public URL of a report's approved photo. */
export const photoUrlOf = (code: string, position: number) => `/api/segnalazioni/${encodeURIComponent(code)}/foto/${position}`

/** True when a report in this state may be shown to anyone at all. */
export const isPublicReport = (report: Pick<Report, 'status'>): boolean => (publicReportStatuses as readonly string[]).includes(report.status)

/** The report as the public sees it, by its code; null when there is none or it is not public (yet). */
export async function publicReport(payload: Payload, code: string): Promise<PublicReport | null> {
  const { docs: [report] } = await payload.find({ collection: 'reports', where: { code: { equals: code } }, limit: 1, pagination: false, depth: 0, overrideAccess: true })
  if (!report || !isPublicReport(report)) return null
  const [category, office, survivor, photos, updates] = await Promise.all([
    payload.findByID({ collection: 'report-categories', id: report.category as number, depth: 0, select: { slug: true, name: true }, overrideAccess: true }),
    payload.findByID({ collection: 'offices', id: report.office as number, depth: 0, select: { title: true, slug: true }, overrideAccess: true, disableErrors: true }),
    report.mergedInto ? payload.findByID({ collection: 'reports', id: report.mergedInto as number, depth: 0, select: { code: true }, overrideAccess: true, disableErrors: true }) : null,
    approvedPhotos(payload, report),
    publicUpdates(payload, report.id),
  ])
  return {
    code: report.code,
    status: report.status as PublicReport['status'],
    closeReason: report.closeReason ?? null,
    category: { slug: category.slug, name: category.name },
    office: { title: office?.title ?? '', slug: (office as { slug?: string | null } | null)?.slug ?? null },
    title: publicTitleOf(report, category.name),
    text: report.moderation === 'approvata' ? report.publicText ?? null : null,
    latitude: report.latitude,
    longitude: report.longitude,
    address: report.address ?? null,
    area: report.area ?? null,
    photos,
    publicAnswer: report.publicAnswer ?? null,
    updates,
    createdAt: new Date(report.createdAt),
    updatedAt: new Date(report.updatedAt),
    targetDate: report.targetDate ? new Date(report.targetDate) : null,
    mergedInto: survivor?.code ?? null,
    followers: report.followersCount ?? 0,
  }
}

/** The photo a public URL names, only when it is approved and its report public; null otherwise. */
export async function publicPhoto(payload: Payload, code: string, position: number): Promise<{ id: number; storedName: string } | null> {
  const { docs: [report] } = await payload.find({ collection: 'reports', where: { code: { equals: code } }, limit: 1, pagination: false, depth: 0, overrideAccess: true, select: { status: true, moderation: true } })
  if (!report || !isPublicReport(report) || report.moderation === 'nascosta') return null
  const { docs: [photo] } = await payload.find({
    collection: 'report-photos', depth: 0, limit: 1, pagination: false, overrideAccess: true, select: { storedName: true },
    where: { and: [{ report: { equals: report.id } }, { position: { equals: position } }, { moderation: { equals: 'approvata' } }] },
  })
  return photo ? { id: photo.id, storedName: photo.storedName } : null
}

async function approvedPhotos(payload: Payload, report: Report): Promise<PublicReport['photos']> {
  // A report hidden by moderation (offensive, personal) shows none of its photos, whatever each one's state.
  if (report.moderation === 'nascosta') return []
  const { docs } = await payload.find({
    collection: 'report-photos', depth: 0, pagination: false, sort: 'position', overrideAccess: true, select: { position: true, width: true, height: true },
    where: { and: [{ report: { equals: report.id } }, { moderation: { equals: 'approvata' } }] },
  })
  return docs.map((p) => ({ position: p.position, url: photoUrlOf(report.code, p.position), width: p.width, height: p.height }))
}

async function publicUpdates(payload: Payload, reportId: number): Promise<PublicReport['updates']> {
  const { docs } = await payload.find({
    collection: 'report-events', depth: 0, pagination: false, sort: 'createdAt', overrideAccess: true, select: { kind: true, status: true, text: true, createdAt: true },
    where: { and: [{ report: { equals: reportId } }, { public: { equals: true } }, { kind: { in: [...publicEventKinds] } }] },
  })
  return docs.map((e) => ({
    at: new Date(e.createdAt),
    status: e.status ?? null,
    text: eventsWithPublicText.includes(e.kind) ? e.text ?? null : null,
  }))
}
