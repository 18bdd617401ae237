// Money, dates and UI templates as the islands write them: Intl in Italian, dates in Rome time with the
// very functions the static pages use (site/lib/dateToItalian.ts).
export { dateTimeToItalian, dateToShortItalian, dateToTime } from '../../lib/dateToItalian'

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' })

/** Euro cents as Italian money text, e.g. 4560 → "45,60 €" (a no-break space before the sign). */
export const centsToEuro = (cents: number): string => euro.format(cents / 100)

/** Fills "{name}" placeholders of a UI string; an unknown placeholder stays as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
