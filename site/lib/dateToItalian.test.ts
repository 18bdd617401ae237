import { describe, expect, it } from 'vitest'

import { dateRangeToItalian, dateTimeToItalian, dateToItalian, dateToParts, dateToShortItalian, romeYear } from './dateToItalian'

describe('dates in Italian, Rome time', () => {
  it('writes the day in full and in short form', () => {
    expect(dateToItalian(new Date('2026-10-12T10:00:00Z'))).toBe('12 ottobre 2026')
    expect(dateToShortItalian(new Date('2026-10-12T10:00:00Z'))).toBe('12/10/2026')
  })

  it('uses the Rome calendar day even when UTC is still on the previous day', () => {
    expect(dateToItalian(new Date('2026-12-31T23:30:00Z'))).toBe('1 gennaio 2027')
  })

  it('adds the hour in Rome time, summer and winter', () => {
    expect(dateTimeToItalian(new Date('2026-07-01T16:00:00Z'))).toBe('1 luglio 2026, ore 18:00')
    expect(dateTimeToItalian(new Date('2026-12-20T17:00:00Z'))).toBe('20 dicembre 2026, ore 18:00')
  })

  it('reads a same-day range as hours and a longer one as from/to', () => {
    expect(dateRangeToItalian(new Date('2026-12-20T17:00:00Z'), new Date('2026-12-20T20:00:00Z'))).toBe('20 dicembre 2026, dalle 18:00 alle 21:00')
    expect(dateRangeToItalian(new Date('2026-11-01T09:00:00Z'), new Date('2027-01-31T18:00:00Z'))).toBe('dal 1 novembre 2026, ore 10:00 al 31 gennaio 2027, ore 19:00')
  })

  it('splits a date for calendar badges', () => {
    expect(dateToParts(new Date('2026-12-20T17:00:00Z'))).toEqual({ day: '20', month: 'dic', year: '2026' })
  })
})

it("gives Rome's year without Intl, as dateToParts does, at the turn of every year and through the seasons", () => {
  const moments: Date[] = []
  for (let year = 2019; year <= 2031; year++) {
    // The last and first minutes of the year in Rome (UTC+1), and around both daylight-saving changes.
    for (const iso of [`${year}-12-31T22:58:59Z`, `${year}-12-31T22:59:59Z`, `${year}-12-31T23:00:00Z`, `${year}-12-31T23:00:01Z`, `${year}-01-01T00:00:00Z`, `${year}-03-30T01:30:00Z`, `${year}-10-26T00:30:00Z`]) moments.push(new Date(iso))
    for (let day = 0; day < 365; day += 7) moments.push(new Date(Date.UTC(year, 0, 1) + day * 86_400_000 + ((day * 7919) % 86_400) * 1000))
  }
  for (const moment of moments) expect(romeYear(moment), moment.toISOString()).toBe(Number(dateToParts(moment).year))
})
