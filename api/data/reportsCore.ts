import type { Payload } from 'payload'

import type { Id, NewReport, ReportMarker, Street } from '../../cms/reports/contract'
import { createReport } from '../../cms/reports/create'
import { nearbyPublicReports } from '../../cms/reports/nearby'
import { readReportPhoto } from '../../cms/reports/photoFiles'
import { searchStreets } from '../../cms/reports/streets'

/** What the public read side needs from the reports core (cms/reports/: streets, nearby reports, photo files, new reports). */
export type ReportCore = {
  /** Open reports near a point, as the public sees them (nearbyPublicReports). */
  nearby: (near: { latitude: number; longitude: number; categorySlug: string }) => Promise<ReportMarker[]>
  searchStreets: (query: string) => Promise<Street[]>
  readPhoto: (photoId: number) => Promise<Buffer | null>
  /** createReport: checks (ReportRefused with an Italian message), stores, sends the guest's confirmation email. */
  create: (input: NewReport) => Promise<{ id: Id; code: string; pendingEmail: boolean }>
}

/** The reports core over Payload. */
export function reportCoreStore(payload: Payload): ReportCore {
  return {
    nearby: (near) => nearbyPublicReports(payload, near),
    searchStreets: (query) => searchStreets(payload, query),
    readPhoto: (photoId) => readReportPhoto(payload, photoId),
    create: (input) => createReport(payload, input),
  }
}
