// How the back office and its documents write dates, money and sizes: Italian, 24-hour, in the
// municipality's time zone whatever the server's, so "7:09 AM" and "1600" never reach a clerk.

const zone = 'Europe/Rome'
const dateTime = new Intl.DateTimeFormat('it-IT', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const dateOnly = new Intl.DateTimeFormat('it-IT', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' })
const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' })
const decimal = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 })

const toDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value))

/** "2 dicembre 2026, 07:09" (Rome time). */
export const dateTimeToItalian = (value: Date | string): string => dateTime.format(toDate(value)).replace(' alle ore ', ', ').replace(/ (\d{2}:\d{2})$/, ', $1').replace(',,', ',')

/** "2 dicembre 2026" (Rome time). */
export const dateToItalian = (value: Date | string): string => dateOnly.format(toDate(value))

/**
 * Euro cents as Italian money text, e.g. 1250 → "12,50 €", 123456 → "1234,56 €". Intl puts a
 * no-break space before the sign; a plain one is kept, as in the payment trail already written and
 * the CSV export, which strips " €".
 */
export const centsToEuro = (cents: number): string => euro.format(cents / 100).replace(/\s/gu, ' ')

/** "820 byte", "12,4 kB", "3,1 MB": a file's size as people read it (1 kB = 1000 byte). */
export function bytesToItalian(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`
  if (bytes < 1_000_000) return `${decimal.format(bytes / 1000)} kB`
  return `${decimal.format(bytes / 1_000_000)} MB`
}
