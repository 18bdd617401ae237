import type { Payload } from 'payload'

import { createAssistanceRequest, myAssistanceRequests } from '../../cms/reports/assistance'
import { confirmReportEmail } from '../../cms/reports/confirm'
import { createReport } from '../../cms/reports/create'
import { confirmFollow, followReport, unfollow } from '../../cms/reports/follow'
import { myReports } from '../../cms/reports/mine'
import { nearbyOpenReports } from '../../cms/reports/nearby'
import { listPublicReports, publicAreas, publicCategories } from '../../cms/reports/publicList'
import { publicReport } from '../../cms/reports/publicView'
import { allStreets, searchStreets } from '../../cms/reports/streets'
import type { MyReportsStore } from '../services/myReports'
import type { ReportPagesStore } from '../services/reportPages/ports'

/**
 * The reports core as the citizen's report pages use it: A's writes (create, confirm, follow,
 * assistance), B's public view (the only judge of what is public), and the lists the forms offer.
 */
export function citizenReportStore(payload: Payload): ReportPagesStore & MyReportsStore {
  return {
    categories: () => publicCategories(payload),
    streets: () => allStreets(payload),
    areas: () => publicAreas(payload),
    searchStreets: (query) => searchStreets(payload, query),
    nearby: (query) => nearbyOpenReports(payload, query),
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
