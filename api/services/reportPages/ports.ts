// What the report pages need from the reports core (cms/reports/, through api/data/citizenReports.ts):
// stated here so the pages can be tested with fakes.
import type { Id, NewAssistanceRequest, NewReport, PublicReport, ReportCategoryView, ReportFilter, ReportMarker, Reporter, Street } from '../../../cms/reports/contract'
import type { ReportListPage } from './view'

export type ReportPagesStore = {
  categories(): Promise<ReportCategoryView[]>
  /** The whole street list (a few hundred names at most): the datalist and the areas of the filter. */
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
}

/** A refusal of the reports core (cms/reports/refusal.ts ReportRefused): its code, Italian message and field. */
export type Refusal = { code: string; message: string; field?: string }

/** The core's refusal, recognised by shape so a page never turns it into a 500. */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof Error) || error.name !== 'ReportRefused') return null
  const { code, field } = error as Error & { code?: unknown; field?: unknown }
  return typeof code === 'string' ? { code, message: error.message, field: typeof field === 'string' ? field : undefined } : null
}
