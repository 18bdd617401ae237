// What the public server hands to the booking pages (site/pages/prenotazione-appuntamento/) in
// Astro.locals: one screen of the flow, computed and checked by the server. Types only, so the site
// may import them.
import type { BookingView, DayAvailability } from '../../../cms/appointments/contract'

/** The flow's state as it travels between screens: the query string (GET) or hidden fields (POST). */
export type FlowState = {
  calendario?: string
  servizio?: string
  ufficio?: string
  mese?: string
  giorno?: string
  ora?: string
  motivo?: string
  testo?: string
  nome?: string
  cognome?: string
  email?: string
  telefono?: string
}

export const flowFields = ['calendario', 'servizio', 'ufficio', 'mese', 'giorno', 'ora', 'motivo', 'testo', 'nome', 'cognome', 'email', 'telefono'] as const

/** The steps of the step bar, in order. */
export const flowSteps = ['ufficio', 'data', 'dettagli', 'richiedente', 'riepilogo'] as const
export type FlowStep = (typeof flowSteps)[number]

/** A field's problem, in Italian, shown next to the field and in the error summary. */
export type FieldErrors = Partial<Record<string, string>>

export type CalendarChoice = {
  id: string
  name: string
  office: { title: string; slug?: string | null; address?: string | null }
  services: { id: string; title: string; slug?: string | null }[]
  cutoffHours: number
  horizonDays: number
}

/** A month of the calendar: its days with free places, and the months one may move to. */
export type MonthView = { month: string; previous?: string; next?: string; days: DayAvailability[] }

export type SlotChoice = { value: string; startsAt: Date; endsAt: Date; free: number }

export type ApplicantView = { givenName: string; familyName: string; fiscalCode?: string | null; email?: string | null; phone?: string | null }

type Flow = { state: FlowState; errors: FieldErrors; notice?: string }

export type BookingPageView =
  | (Flow & { kind: 'ufficio'; calendars: CalendarChoice[]; service?: { title: string; slug: string } | null })
  | (Flow & { kind: 'data'; calendar: CalendarChoice; month: MonthView; day?: string; slots?: SlotChoice[] })
  | (Flow & { kind: 'dettagli'; calendar: CalendarChoice; slot: SlotChoice })
  | (Flow & { kind: 'richiedente'; calendar: CalendarChoice; slot: SlotChoice; citizen: ApplicantView | null; loginUrl: string })
  | (Flow & { kind: 'riepilogo'; calendar: CalendarChoice; slot: SlotChoice; reason: string; applicant: ApplicantView; citizen: boolean; requestKey: string })
  | { kind: 'conferma'; booking: BookingView; manageHref: string | null; icsHref: string | null; pendingEmail: boolean }
  | {
      kind: 'gestisci'; booking: BookingView; access: { t?: string; id?: string }; action: 'vedi' | 'sposta' | 'annulla'
      outcome?: 'spostata' | 'annullata'; month?: MonthView; day?: string; slots?: SlotChoice[]; errors: FieldErrors; notice?: string
      changeable: boolean; icsHref: string | null
    }
  | { kind: 'errore'; title: string; message: string }

/** What the server puts in Astro.locals for these pages. */
export type BookingPageLocals = { booking?: BookingPageView; bookingStatus?: number }
