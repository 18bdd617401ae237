import Holidays from 'date-holidays'

/**
 * How the days of a procedure's legal term are counted: calendar days (the rule of L. 241/1990,
 * a deadline falling on a non-working day moving to the next working day) or working days only.
 */
export const termUnits = [
  { value: 'calendario', label: 'Giorni di calendario' },
  { value: 'lavorativi', label: 'Giorni lavorativi' },
] as const

export type TermUnit = (typeof termUnits)[number]['value']

/** A stretch of time the term stood still, waiting for the citizen's documents (ISO instants). */
export type Suspension = { from: string; to: string }

/** A Rome calendar day, 'YYYY-MM-DD'. */
export type Day = string

const rome = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day in Rome of an instant: an application sent at 00:30 in Rome belongs to that day, not to the UTC one before. */
export const romeDayOf = (instant: Date | string): Day => rome.format(new Date(instant))

/** A day moved by n days (negative goes back); days are counted on the calendar, free of time zones. */
export function addDays(day: Day, n: number): Day {
  const date = new Date(`${day}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + n)
  return date.toISOString().slice(0, 10)
}

/** Calendar days from one day to another (negative when `to` comes first). */
export const daysBetween = (from: Day, to: Day): number => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000)

// The national public holidays (including Easter Monday and, from 2026, 4 October), one map per year
// (day → its Italian name).
const holidays = new Holidays('IT')
const holidaysByYear = new Map<number, Map<Day, string>>()
function publicHolidays(year: number): Map<Day, string> {
  let days = holidaysByYear.get(year)
  if (!days) {
    days = new Map(holidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => [h.date.slice(0, 10), h.name]))
    holidaysByYear.set(year, days)
  }
  return days
}

/** The name of the Italian public holiday falling on a day ('Natale'), or null on other days (appointments close on them too). */
export const publicHolidayName = (day: Day): string | null => publicHolidays(Number(day.slice(0, 4))).get(day) ?? null

/** True on a day the offices work: not Saturday, not Sunday, not an Italian public holiday. */
export function isWorkingDay(day: Day): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !publicHolidays(Number(day.slice(0, 4))).has(day)
}

/** The day itself when the offices work, otherwise the next working day. */
export function nextWorkingDay(day: Day): Day {
  let d = day
  while (!isWorkingDay(d)) d = addDays(d, 1)
  return d
}

/**
 * The days a suspension stops the clock: from the day the office asked (inclusive) to the day the
 * citizen answered (exclusive), so asking on the 10th and receiving on the 17th stops it 7 days.
 */
const suspendedDays = (suspensions: readonly Suspension[]): { from: Day; to: Day }[] =>
  suspensions.map((s) => ({ from: romeDayOf(s.from), to: romeDayOf(s.to) })).filter((s) => s.from < s.to)

/** What fixes an application's due date. */
export type TermInput = { submittedAt: Date | string; termDays: number; termUnit?: TermUnit | null; suspensions?: readonly Suspension[] | null }

/**
 * The last day of the legal term, 'YYYY-MM-DD' in Rome. Counted from the day after submission; a
 * day while the term is suspended does not count. Calendar days: every other day counts and a last
 * day falling on a non-working day moves to the next working one. Working days: only those count.
 */
export function dueDateOf({ submittedAt, termDays, termUnit, suspensions }: TermInput): Day {
  const stops = suspendedDays(suspensions ?? [])
  const stopped = (day: Day) => stops.some((s) => s.from <= day && day < s.to)
  const counts = termUnit === 'lavorativi' ? (day: Day) => isWorkingDay(day) && !stopped(day) : (day: Day) => !stopped(day)
  let day = romeDayOf(submittedAt)
  for (let left = Math.max(0, Math.floor(termDays)); left > 0; ) {
    day = addDays(day, 1)
    if (counts(day)) left--
  }
  return nextWorkingDay(day)
}

/** Rome's offset from UTC at an instant ('GMT+01:00'), built once: a formatter costs more to build than to use. */
const romeOffset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Rome', timeZoneName: 'longOffset' })

/** The instant a Rome day ends (23:59:59.999 there), what an application's `dueAt` holds. */
export function endOfRomeDay(day: Day): Date {
  const guess = new Date(`${day}T23:59:59.999Z`)
  const offset = /GMT([+-]\d{2}):?(\d{2})?/.exec(romeOffset.format(guess))
  const minutes = offset ? Number(offset[1]) * 60 + Math.sign(Number(offset[1])) * Number(offset[2] ?? 0) : 0
  return new Date(guess.getTime() - minutes * 60_000)
}

/** An application's `dueAt` as an ISO instant, or null when its service sets no term. */
export function dueAtOf(input: Omit<TermInput, 'termDays'> & { termDays?: number | null }): string | null {
  if (input.termDays == null || !(input.termDays > 0)) return null
  return endOfRomeDay(dueDateOf({ ...input, termDays: input.termDays })).toISOString()
}

/** Working days from today (excluded) to the due day (included): 0 when it is due today. */
export function workingDaysLeft(due: Day, today: Day): number {
  let count = 0
  for (let d = addDays(today, 1); d <= due; d = addDays(d, 1)) if (isWorkingDay(d)) count++
  return count
}

/** How close an application is to its term, for the list and the sidebar. */
export type DueStatus = 'scaduta' | 'in-scadenza' | 'nei-termini' | 'sospesa'

/** Warned this many working days ahead. */
export const nearDueWorkingDays = 5

/**
 * Where an application stands against its term: suspended while waiting for the citizen, overdue
 * from the day after the last, near due within 5 working days, otherwise in time.
 */
export function dueStatus(dueAt: Date | string, now: Date = new Date(), { suspended = false }: { suspended?: boolean } = {}): DueStatus {
  if (suspended) return 'sospesa'
  const due = romeDayOf(dueAt)
  const today = romeDayOf(now)
  if (today > due) return 'scaduta'
  return workingDaysLeft(due, today) <= nearDueWorkingDays ? 'in-scadenza' : 'nei-termini'
}

/** Calendar days past the due day (0 when not overdue). */
export const overdueDays = (dueAt: Date | string, now: Date = new Date()): number => Math.max(0, daysBetween(romeDayOf(dueAt), romeDayOf(now)))

/** Calendar days the clock has stood still so far: the closed suspensions and the open one up to today. */
export function suspendedDaysSoFar(suspensions: readonly Suspension[] | null | undefined, suspendedSince: string | null | undefined, now: Date = new Date()): number {
  const all = [...(suspensions ?? []), ...(suspendedSince ? [{ from: suspendedSince, to: now.toISOString() }] : [])]
  return suspendedDays(all).reduce((sum, s) => sum + daysBetween(s.from, s.to), 0)
}

/** The suspensions as stored on an application (a json field): only well-formed intervals. */
export function suspensionsOf(value: unknown): Suspension[] {
  if (!Array.isArray(value)) return []
  return value.filter((s): s is Suspension => !!s && typeof s === 'object' && typeof s.from === 'string' && typeof s.to === 'string')
}
