import type { Payload } from 'payload'

import type { Report, ReportCategory } from '../payload-types'
import { relationId } from '../relationId'
import type { Id } from './contract'
import type { ReportCloseReason, ReportStatus } from './vocabulary'

/** A report in the citizen's desk: one they sent (logged in) or follow. Never another person's data. */
export type MyReport = {
  code: string
  title: string
  status: ReportStatus
  closeReason?: ReportCloseReason | null
  category: { slug: string; name: string }
  address?: string | null
  area?: string | null
  publicAnswer?: string | null
  /** 'segnalata': the citizen sent it; 'seguita': they follow it. */
  role: 'segnalata' | 'seguita'
  mergedInto?: string | null
  createdAt: Date
  updatedAt: Date
}

const populate = { 'report-categories': { slug: true, name: true }, reports: { code: true } } as const

function toMine(doc: Report, role: MyReport['role']): MyReport {
  const category = typeof doc.category === 'object' ? (doc.category as ReportCategory) : null
  const merged = doc.mergedInto && typeof doc.mergedInto === 'object' ? doc.mergedInto.code : null
  return {
    code: doc.code, title: doc.title, status: doc.status, closeReason: doc.closeReason ?? null,
    category: { slug: category?.slug ?? '', name: category?.name ?? '' },
    address: doc.address ?? null, area: doc.area ?? null, publicAnswer: doc.publicAnswer ?? null, role, mergedInto: merged,
    createdAt: new Date(doc.createdAt), updatedAt: new Date(doc.updatedAt),
  }
}

/** The reports a logged-in citizen sent or follows (confirmed), most recently changed first. */
export async function myReports(payload: Payload, citizenId: Id): Promise<MyReport[]> {
  const follows = await payload.find({ collection: 'report-followers', where: { and: [{ citizen: { equals: citizenId } }, { confirmedAt: { exists: true } }] }, pagination: false, depth: 0, overrideAccess: true, select: { report: true } })
  const followed = follows.docs.map((f) => relationId(f.report))
  const found = await payload.find({
    collection: 'reports',
    where: { or: [{ citizen: { equals: citizenId } }, ...(followed.length ? [{ id: { in: followed } }] : [])] },
    sort: '-updatedAt', pagination: false, depth: 1, overrideAccess: true, populate,
  })
  return found.docs.map((doc) => toMine(doc, doc.citizen != null && String(relationId(doc.citizen)) === String(citizenId) ? 'segnalata' : 'seguita'))
}
