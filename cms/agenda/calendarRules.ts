import Holidays from 'date-holidays'

import { weekdays } from '../appointments/vocabulary'

type Hours = { weekday?: string | null; from?: string | null; to?: string | null }
type Closure = { from?: string | null; to?: string | null }

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const wellFormed = (time: unknown): time is string => typeof time === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(time)
const weekdayName = (value: string) => weekdays.find((w) => w.value === value)?.label ?? value

/**
 * The opening hours, checked as a whole (each time's own shape is checked by its field): every
 * band ends after it starts, and two bands of the same weekday never overlap. True, or the Italian
 * sentence saying what to fix.
 */
export function checkHours(value: unknown): true | string {
  const rows = (Array.isArray(value) ? value : []) as Hours[]
  for (const [i, row] of rows.entries()) {
    if (!wellFormed(row.from) || !wellFormed(row.to)) continue
    if (minutes(row.from) >= minutes(row.to)) return `Fascia ${i + 1}: l’orario di fine (${row.to}) deve venire dopo quello di inizio (${row.from}).`
  }
  for (const [i, a] of rows.entries()) {
    for (const [j, b] of rows.entries()) {
      if (j <= i || !a.weekday || a.weekday !== b.weekday || !wellFormed(a.from) || !wellFormed(a.to) || !wellFormed(b.from) || !wellFormed(b.to)) continue
      if (minutes(a.from) < minutes(b.to) && minutes(b.from) < minutes(a.to)) {
        return `${weekdayName(a.weekday)}: le fasce ${a.from}–${a.to} e ${b.from}–${b.to} si sovrappongono. Uniscile in una sola o correggi gli orari.`
      }
    }
  }
  return true
}

/** Each closure ends on or after the day it starts. True, or the Italian sentence saying what to fix. */
export function checkClosures(value: unknown): true | string {
  const rows = (Array.isArray(value) ? value : []) as Closure[]
  for (const [i, row] of rows.entries()) {
    if (!row.from || !row.to) continue
    if (String(row.to).slice(0, 10) < String(row.from).slice(0, 10)) return `Chiusura ${i + 1}: il giorno “Al” non può venire prima del giorno “Dal”.`
  }
  return true
}

const italian = new Holidays('IT')
const dayMonth = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', day: 'numeric', month: 'long' })
const fullDay = new Intl.DateTimeFormat('it-IT', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' })

/** The national public holidays of a year on working days (Sundays stay closed anyway), in words: "1 gennaio (Capodanno)". */
export function nationalHolidaysToItalian(year: number): string[] {
  return italian.getHolidays(year)
    .filter((h) => h.type === 'public' && new Date(`${h.date.slice(0, 10)}T12:00:00Z`).getUTCDay() !== 0)
    .map((h) => {
      const date = new Date(`${h.date.slice(0, 10)}T12:00:00Z`)
      return `${h.name.includes('Angelo') ? fullDay.format(date) : dayMonth.format(date)} (${h.name})`
    })
}

const months = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']

/** The patron saint's day as Impostazioni del sito state it: "Santi Teodoro e Lorenzo, la prima domenica di settembre". */
export function patronToItalian(patron: { saint?: string | null; rule?: string | null; month?: number | null; day?: number | null } | null | undefined): string | null {
  if (!patron?.month) return null
  const month = months[patron.month - 1]
  const when = patron.rule === 'giorno' && patron.day ? `il ${patron.day} ${month}` : `la prima domenica di ${month}`
  return patron.saint ? `${patron.saint}, ${when}` : when
}
