import type { Payload } from 'payload'

import { createAssistanceRequest, myAssistanceRequests } from '../../cms/reports/assistance'
import { confirmReportEmail } from '../../cms/reports/confirm'
import { createReport } from '../../cms/reports/create'
import { confirmFollow, followReport, unfollow } from '../../cms/reports/follow'
import { myReports } from '../../cms/reports/mine'
import { nearbyPublicReports } from '../../cms/reports/nearby'
import { listPublicReports, publicAreas, publicCategories } from '../../cms/reports/publicList'
import { publicReport } from '../../cms/reports/publicView'
import { allStreets, searchStreets } from '../../cms/reports/streets'
import type { AssistanceView, Id, NewAssistanceRequest, NewReport, PublicReport, ReportCategoryView, ReportFilter, ReportMarker, Reporter, Street } from '../../cms/reports/contract'
import type { ReportStatus } from '../../cms/reports/vocabulary'

/** One row of the public list (the map's text alternative): nothing personal. */
export type ReportListRow = Pick<PublicReport, 'code' | 'title' | 'status' | 'category' | 'latitude' | 'longitude' | 'createdAt'> & { area?: string | null }

/** One page of the public list. */
export type ReportListPage = { reports: ReportListRow[]; total: number; page: number; pages: number }

/** A report the citizen sent or follows, as the desk lists it. */
export type CitizenReportRow = Pick<PublicReport, 'code' | 'title' | 'createdAt' | 'updatedAt'> & { status: ReportStatus; category: { name: string } }

/** What the citizen's report pages and desk need from the reports core; tests pass fakes. */
export type CitizenReportStore = {
  categories(): Promise<ReportCategoryView[]>
  /** The whole street list (a few hundred names at most): the datalist of the street field. */
  streets(): Promise<Street[]>
  /** The areas (quartieri) of the street list, for the list's "zona" filter. */
  areas(): Promise<string[]>
  searchStreets(query: string): Promise<Street[]>
  nearby(query: { latitude: number; longitude: number; categorySlug: string }): Promise<ReportMarker[]>
  create(input: NewReport): Promise<{ code: string; pendingEmail: boolean }>
  confirmEmail(token: string): Promise<{ code: string } | null>
  follow(code: string, reporter: Reporter): Promise<{ pendingEmail: boolean }>
  confirmFollow(token: string): Promise<{ code: string } | null>
  unfollow(token: string): Promise<{ code: string } | null>
  report(code: string): Promise<PublicReport | null>
  list(filter: ReportFilter, page: number): Promise<ReportListPage>
  services(): Promise<{ slug: string; title: string }[]>
  createAssistance(input: NewAssistanceRequest): Promise<{ code: string }>
  citizen(id: Id): Promise<{ name: string; email: string | null } | null>
  mine(citizenId: Id): Promise<CitizenReportRow[]>
  myAssistance(citizenId: Id): Promise<AssistanceView[]>
}

/**
 * The reports core as the citizen's report pages use it: A's writes (create, confirm, follow,
 * assistance), B's public view (the only judge of what is public), and the lists the forms offer.
 */
export function citizenReportStore(payload: Payload): CitizenReportStore {
  return {
    categories: () => publicCategories(payload),
    streets: () => allStreets(payload),
    areas: () => publicAreas(payload),
    searchStreets: (query) => searchStreets(payload, query),
    nearby: (query) => nearbyPublicReports(payload, query),
    create: (input) => createReport(payload, input),
    confirmEmail: (token) => confirmReportEmail(payload, token),
    follow: (code, reporter) => followReport(payload, code, reporter),
    confirmFollow: (token) => confirmFollow(payload, token),
    unfollow: (token) => unfollow(payload, token),
    report: (code) => publicReport(payload, code),
    async list(filter, page) {
      const found = await listPublicReports(payload, filter, page)
      return { reports: found.items, total: found.total, page: found.page, pages: found.totalPages }
    },
    async services() {
      const { docs } = await payload.find({ collection: 'services', where: { _status: { equals: 'published' } }, sort: 'title', depth: 0, limit: 500, pagination: false, select: { slug: true, title: true } })
      return docs.filter((s) => s.slug).map((s) => ({ slug: s.slug as string, title: s.title }))
    },
    createAssistance: (input) => createAssistanceRequest(payload, input),
    mine: (citizenId) => myReports(payload, citizenId),
    myAssistance: (citizenId) => myAssistanceRequests(payload, citizenId),
    async citizen(id) {
      const c = await payload.findByID({ collection: 'citizens', id, depth: 0, disableErrors: true })
      return c ? { name: `${c.givenName} ${c.familyName}`, email: c.contacts?.email ?? c.idpEmail ?? null } : null
    },
  }
}
