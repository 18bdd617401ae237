import type { Payload } from 'payload'

import { createAssistanceRequest, myAssistanceRequests } from '../../cms/reports/assistance'
import { confirmReportEmail } from '../../cms/reports/confirm'
import type { Id, ReportCategoryView, Street } from '../../cms/reports/contract'
import { createReport } from '../../cms/reports/create'
import { confirmFollow, followReport, unfollow } from '../../cms/reports/follow'
import { myReports } from '../../cms/reports/mine'
import { nearbyOpenReports } from '../../cms/reports/nearby'
import { listPublicReports, publicReport } from '../../cms/reports/publicView'
import { searchStreets } from '../../cms/reports/streets'
import type { MyReportsStore } from '../services/myReports'
import type { ReportPagesStore } from '../services/reportPages/ports'

/**
 * The reports core as the citizen's report pages use it: A's writes (create, confirm, follow,
 * assistance), B's public view (the only judge of what is public), and the lists the forms offer.
 */
export function citizenReportStore(payload: Payload): ReportPagesStore & MyReportsStore {
  return {
    async categories(): Promise<ReportCategoryView[]> {
      const { docs } = await payload.find({ collection: 'report-categories', where: { active: { equals: true } }, sort: 'order', depth: 1, limit: 100, pagination: false })
      return docs.map((c) => {
        const office = typeof c.office === 'object' && c.office ? { id: c.office.id, title: c.office.title } : { id: c.office as Id, title: '' }
        return { id: c.id, slug: c.slug, name: c.name, description: c.description ?? null, office, targetDays: c.targetDays }
      })
    },
    async streets(): Promise<Street[]> {
      const { docs } = await payload.find({ collection: 'streets', sort: 'name', depth: 0, limit: 5000, pagination: false })
      return docs.map((s) => ({ name: s.name, area: s.area, latitude: s.latitude, longitude: s.longitude }))
    },
    searchStreets: (query) => searchStreets(payload, query),
    nearby: (query) => nearbyOpenReports(payload, query),
    create: (input) => createReport(payload, input),
    confirmEmail: (token) => confirmReportEmail(payload, token),
    follow: (code, reporter) => followReport(payload, code, reporter),
    confirmFollow: (token) => confirmFollow(payload, token),
    unfollow: (token) => unfollow(payload, token),
    report: (code) => publicReport(payload, code),
    list: (filter, page) => listPublicReports(payload, filter, page),
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
