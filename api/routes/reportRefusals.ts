import type { ReportRefusalCode } from '../../cms/reports/contract'
import type { ReportRefused } from '../../cms/reports/refusal'

const statusOf: Record<ReportRefusalCode, 400 | 403 | 404 | 409 | 413> = { invalid: 400, 'not-found': 404, conflict: 409, 'too-large': 413, forbidden: 403 }

/** The HTTP status of a refusal of the reports core. */
export const refusalStatus = (refusal: ReportRefused) => statusOf[refusal.code]
