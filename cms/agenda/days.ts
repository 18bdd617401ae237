import { isDay, isoWeekday, romeTime, startOfRomeDay } from '../appointments/romeTime'
import { addDays, romeDayOf } from '../practices/deadline'

export { addDays, romeDayOf }

/** A Rome calendar day, 'YYYY-MM-DD'. */
export type Day = string

/** The text as a real calendar day ('2026-02-30' is not one), or null. */
export const toDay = (value: unknown): Day | null => (isDay(value) ? value : null)

/** The first and the next day's first instant of a Rome day (23 or 25 hours apart across the clock change). */
export const dayBounds = (day: Day): { from: Date; to: Date } => ({ from: startOfRomeDay(day), to: startOfRomeDay(addDays(day, 1)) })

/** The Monday of the week a day falls in. */
export const mondayOf = (day: Day): Day => addDays(day, 1 - isoWeekday(day))

/** The time of day in Rome of an instant, "09:20". */
export const romeTimeOf = (instant: Date | string): string => romeTime(new Date(instant))

const longDay = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
/** "mercoledì 2 dicembre 2026". */
export const dayToItalian = (day: Day): string => longDay.format(new Date(`${day}T12:00:00Z`))
const shortDay = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', day: 'numeric', month: 'long' })
/** "2 dicembre". */
export const dayToShortItalian = (day: Day): string => shortDay.format(new Date(`${day}T12:00:00Z`))
