import { TZDate } from '@date-fns/tz'

import { addDays, romeDayOf } from '../practices/deadline'

export { addDays, romeDayOf }

/** A Rome calendar day, 'YYYY-MM-DD'. */
export type Day = string

/** The text as a real calendar day ('2026-02-30' is not one), or null. */
export function toDay(value: unknown): Day | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null
  const date = new Date(`${value}T12:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null
}

/** The first and the next day's first instant of a Rome day (23 or 25 hours apart across the clock change). */
export function dayBounds(day: Day): { from: Date; to: Date } {
  const at = (d: Day) => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
    return new Date(new TZDate(y, m - 1, dd, 0, 0, 0, 'Europe/Rome').getTime())
  }
  return { from: at(day), to: at(addDays(day, 1)) }
}

/** The Monday of the week a day falls in. */
export function mondayOf(day: Day): Day {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay() // 0 Sunday … 6 Saturday
  return addDays(day, -((weekday + 6) % 7))
}

/** The time of day in Rome of an instant, "09:20". */
export const romeTimeOf = (instant: Date | string): string =>
  new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant))

const longDay = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
/** "mercoledì 2 dicembre 2026". */
export const dayToItalian = (day: Day): string => longDay.format(new Date(`${day}T12:00:00Z`))
const shortDay = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', day: 'numeric', month: 'long' })
/** "2 dicembre". */
export const dayToShortItalian = (day: Day): string => shortDay.format(new Date(`${day}T12:00:00Z`))
