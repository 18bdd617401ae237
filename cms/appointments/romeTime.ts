import { TZDate } from '@date-fns/tz'

import { addDays, romeDayOf } from '../practices/deadline'
import type { Day } from './contract'

/**
 * Rome's calendar and clock for appointments. Every instant is a Date (UTC underneath); a day is
 * 'YYYY-MM-DD' and a time 'HH:MM' on the wall clocks of Europe/Rome, daylight saving included.
 */
export const romeZone = 'Europe/Rome'

const pad = (n: number) => String(n).padStart(2, '0')

/** The day in Rome of an instant (the one reading the practices' deadlines use). */
export const romeDay = (instant: Date): Day => romeDayOf(instant)

/** The time of day ('HH:MM') in Rome of an instant. */
export function romeTime(instant: Date): string {
  const t = new TZDate(instant.getTime(), romeZone)
  return `${pad(t.getHours())}:${pad(t.getMinutes())}`
}

/** True for a well-formed day that exists ('2027-02-30' does not). */
export function isDay(value: unknown): value is Day {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T12:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** True for a well-formed month 'YYYY-MM'. */
export const isMonth = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)

/** True for a time of day 'HH:MM' (00:00 … 23:59). */
export const isTime = (value: unknown): value is string => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)

/**
 * The instant a Rome wall-clock time on a day stands for. A time the spring change skips (02:30 on
 * the last Sunday of March) moves forward to the hour after; an October time that happens twice
 * is its first (summer) occurrence.
 */
export function romeInstant(day: Day, time: string): Date {
  const [y, m, d] = day.split('-').map(Number)
  const [hh, mm] = time.split(':').map(Number)
  return new Date(new TZDate(y!, m! - 1, d!, hh!, mm!, 0, 0, romeZone).getTime())
}

/** The instant a Rome day starts (its midnight). */
export const startOfRomeDay = (day: Day): Date => romeInstant(day, '00:00')

/** A day moved by n days (negative goes back), counted on the calendar. */
export { addDays }

/** ISO weekday of a day: 1 Monday … 7 Sunday. */
export function isoWeekday(day: Day): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

/** The days of a month 'YYYY-MM', first to last. */
export function daysOfMonth(month: string): Day[] {
  const days: Day[] = []
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) days.push(day)
  return days
}
