import { describe, expect, it } from 'vitest'

import { dateRangeToItalian, dateTimeToItalian, dateToItalian, dateToParts, dateToShortItalian } from './dateToItalian'

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
