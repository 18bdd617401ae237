import type { Payload } from 'payload'

import { publicHolidayName } from '../practices/deadline'
import type { Day } from './contract'
import { addDays, isoWeekday, romeDay } from './romeTime'

/** The patron saint's day as Impostazioni del sito set it. */
export type Patron = { saint?: string | null; rule: 'giorno' | 'prima-domenica'; month: number; day?: number | null }

/** A closure of a calendar as stored (dates are instants; their Rome day counts), both ends included. */
export type Closure = { from: string | Date; to: string | Date; reason?: string | null }

/** What closes a day besides the weekday's hours. */
export type ClosingRules = { patron: Patron | null; closures: readonly Closure[] }

const pad = (n: number) => String(n).padStart(2, '0')

/** The patron saint's day in a year: a fixed day of a month, or the first Sunday of the month. */
export function patronDay(patron: Patron | null, year: number): Day | null {
  if (!patron || !(patron.month >= 1 && patron.month <= 12)) return null
  const first = `${year}-${pad(patron.month)}-01`
  if (patron.rule === 'prima-domenica') return addDays(first, (7 - isoWeekday(first)) % 7)
  if (!patron.day || patron.day < 1 || patron.day > 31) return null
  const day = `${year}-${pad(patron.month)}-${pad(patron.day)}`
  return day.startsWith(`${year}-${pad(patron.month)}`) && new Date(`${day}T12:00:00Z`).toISOString().startsWith(day) ? day : null
}

/** A closure's days in Rome, 'YYYY-MM-DD' both ends (the admin's day picker stores Rome midnight, a seed noon UTC: both are that day). */
export const closureDays = (closure: Closure): { from: Day; to: Day } => ({ from: romeDay(new Date(closure.from)), to: romeDay(new Date(closure.to)) })

/**
 * Why the offices are closed on a day, in Italian, or null when nothing closes it: an Italian
 * national holiday (date-holidays, the same list as the terms of applications), the patron saint's
 * day, or one of the calendar's closures.
 */
export function closedBecause(day: Day, rules: ClosingRules): string | null {
  const holiday = publicHolidayName(day)
  if (holiday) return `Festività nazionale: ${holiday}`
  if (patronDay(rules.patron, Number(day.slice(0, 4))) === day) {
    return rules.patron?.saint ? `Festa del santo patrono (${rules.patron.saint})` : 'Festa del santo patrono'
  }
  for (const closure of rules.closures) {
    const { from, to } = closureDays(closure)
    if (from <= day && day <= to) return closure.reason ? `Chiusura: ${closure.reason}` : 'Ufficio chiuso'
  }
  return null
}

/** The patron saint's day from Impostazioni del sito (null when unset). */
export async function readPatron(payload: Payload): Promise<Patron | null> {
  const settings = (await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })) as { patron?: Partial<Patron> | null }
  const patron = settings?.patron
  if (!patron?.month || !patron.rule) return null
  return { saint: patron.saint ?? null, rule: patron.rule, month: Number(patron.month), day: patron.day == null ? null : Number(patron.day) }
}
