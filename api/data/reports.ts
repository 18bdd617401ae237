import type { Payload } from 'payload'

import type { ReportFilter } from '../../cms/reports/contract'
import { latestChange, listMarkers, publicDataVersion } from '../../cms/reports/markers'
import { categoryRows } from '../../cms/reports/publicFilter'
import { listPublicReports, publicAreas, publicCategories } from '../../cms/reports/publicList'
import { publicPhoto, publicReport } from '../../cms/reports/publicView'

/**
 * The public read side of reports (map, list, page, exports, Open311), through cms/reports/publicView
 * and its siblings: the only code that decides what is public. Nothing here returns personal data.
 */
export function reportReadStore(payload: Payload) {
  return {
    /** Changes whenever anything a public read shows may have changed. */
    version: () => publicDataVersion(payload),
    /** When the categories last changed (ISO 8601; '' when there are none): Open311's changeset. */
    categoriesChangedAt: () => latestChange(payload, 'report-categories'),
    markers: (filter: ReportFilter) => listMarkers(payload, filter),
    report: (code: string) => publicReport(payload, code),
    /** The approved photo a public URL names (its row id for reading the file), or null. */
    photo: (code: string, position: number) => publicPhoto(payload, code, position),
    page: (filter: ReportFilter, page: number, pageSize: number, withMerged = false) => listPublicReports(payload, filter, page, pageSize, withMerged),
    /** Every category (Open311's services list includes none that is inactive; old reports keep theirs). */
    allCategories: () => categoryRows(payload),
    categories: () => publicCategories(payload),
    areas: () => publicAreas(payload),
  }
}

export type ReportReadStore = ReturnType<typeof reportReadStore>
