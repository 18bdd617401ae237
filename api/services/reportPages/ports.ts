// The store the report pages speak to (api/data/citizenReports.ts), by the name the pages use; and the
// core's refusal, recognised so that a page never turns it into a 500.
export type { CitizenReportStore as ReportPagesStore } from '../../data/citizenReports'

/** A refusal of the reports core (cms/reports/refusal.ts ReportRefused): its code, Italian message and field. */
export type Refusal = { code: string; message: string; field?: string }

/** The core's refusal, recognised by shape so a page never turns it into a 500. */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof Error) || error.name !== 'ReportRefused') return null
  const { code, field } = error as Error & { code?: unknown; field?: unknown }
  return typeof code === 'string' ? { code, message: error.message, field: typeof field === 'string' ? field : undefined } : null
}
