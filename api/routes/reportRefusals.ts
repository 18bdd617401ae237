import type { ReportRefusalCode } from '../../cms/reports/contract'

/** A refusal of the reports core (cms/reports/refusal.ts's ReportRefused): a code, an Italian message, maybe a field. */
export type ReportRefusal = Error & { code: ReportRefusalCode; field?: string }

/** True for the core's refusals, told by name so that this module needs nothing of the core but its contract. */
export const isReportRefusal = (error: unknown): error is ReportRefusal => error instanceof Error && error.name === 'ReportRefused'

const statusOf: Record<ReportRefusalCode, 400 | 403 | 404 | 409 | 413> = { invalid: 400, 'not-found': 404, conflict: 409, 'too-large': 413, forbidden: 403 }

/** The HTTP status of a refusal. */
export const refusalStatus = (refusal: ReportRefusal) => statusOf[refusal.code]
