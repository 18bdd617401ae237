// What the public server hands to the report pages (site/pages/segnalazioni/, site/pages/richiedi-assistenza/)
// in Astro.locals: one screen, computed and checked by the server. Types only, so the site may import them.
import type { AssistanceTopic } from '../../../cms/reports/vocabulary'
import type { ReportListPage } from '../../data/citizenReports'
import type { PublicReport, ReportCategoryView, ReportMarker, Street } from '../../../cms/reports/contract'

/** The new report's state as it travels between screens: the query string (GET) or hidden fields (POST). */
export type ReportFlowState = {
  categoria?: string
  via?: string
  civico?: string
  lat?: string
  lng?: string
  /** How the point was chosen: 'mappa' or 'dispositivo' (the island's), otherwise the street. */
  fonte?: string
  /** "No, è un problema diverso": the citizen saw the nearby reports and goes on. */
  diverso?: string
  titolo?: string
  descrizione?: string
  nome?: string
  email?: string
}

export const reportFlowFields = ['categoria', 'via', 'civico', 'lat', 'lng', 'fonte', 'diverso', 'titolo', 'descrizione', 'nome', 'email'] as const

/** The steps of the step bar, in order. */
export const reportSteps = ['luogo', 'gia-segnalato', 'dettagli'] as const
export type ReportStep = (typeof reportSteps)[number]

/** A field's problem, in Italian, shown next to the field and in the error summary. */
export type FieldErrors = Partial<Record<string, string>>

/** Where the report is, as resolved from the state: a point, and the street when one was named. */
export type ResolvedPlace = { latitude: number; longitude: number; street: Street | null; houseNumber: string | null; source: 'mappa' | 'indirizzo' | 'dispositivo' }

/** The logged-in citizen, as the forms pre-fill it (read-only). */
export type CitizenView = { name: string; email: string | null }

type Flow = { state: ReportFlowState; errors: FieldErrors; notice?: string; citizen: CitizenView | null; loginUrl: string }

export type { ReportListPage, ReportListRow } from '../../data/citizenReports'

/** The filters of the public list as the GET form sends them. */
export type ListQuery = { categoria?: string; stato?: string; zona?: string; pagina?: number }

export type ReportPageView =
  | (Flow & { kind: 'luogo'; categories: ReportCategoryView[]; streets: Street[]; suggestions: Street[] })
  | (Flow & { kind: 'gia-segnalato'; category: ReportCategoryView; place: ResolvedPlace; nearby: ReportMarker[] })
  | (Flow & { kind: 'dettagli'; category: ReportCategoryView; place: ResolvedPlace; requestKey: string })
  | { kind: 'inviata'; code: string; pendingEmail: boolean; email: string | null }
  | { kind: 'pubblicata'; code: string }
  | { kind: 'seguita'; code: string; outcome: 'confermata' | 'rimossa' }
  | { kind: 'scheda'; report: PublicReport; citizen: CitizenView | null; errors: FieldErrors; followed?: 'fatto' | 'email'; state: { nome?: string; email?: string } }
  | { kind: 'elenco'; list: ReportListPage; query: ListQuery; categories: ReportCategoryView[]; areas: string[]; statuses: string[] }
  | { kind: 'errore'; title: string; message: string }

/** The assistance request form's fields. */
export type AssistanceState = { nome?: string; email?: string; argomento?: string; messaggio?: string; servizio?: string }

export type AssistancePageView =
  | { kind: 'modulo'; state: AssistanceState; errors: FieldErrors; citizen: CitizenView | null; services: { slug: string; title: string }[]; topics: { value: AssistanceTopic; label: string }[]; requestKey: string }
  | { kind: 'ricevuta'; code: string; email: string }

/** What the server puts in Astro.locals for these pages. */
export type ReportPageLocals = { report?: ReportPageView; assistance?: AssistancePageView; status?: number }
