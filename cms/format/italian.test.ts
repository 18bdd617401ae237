import { describe, expect, it } from 'vitest'

import { bytesToItalian, centsToEuro, dateTimeToItalian, dateToItalian } from './italian'

describe('Italian formats of the back office', () => {
  it('writes a moment as day, month name, year and 24-hour Rome time', () => {
    expect(dateTimeToItalian('2026-12-02T06:09:00Z')).toBe('2 dicembre 2026, 07:09')
    expect(dateTimeToItalian(new Date('2026-07-15T19:45:00Z'))).toBe('15 luglio 2026, 21:45')
  })

  it('writes a day in Rome, not in the server’s zone', () => {
    expect(dateToItalian('2026-12-31T23:30:00Z')).toBe('1 gennaio 2027')
  })

  it('writes cents as euro with a comma and the sign after', () => {
    expect(centsToEuro(2500)).toBe('25,00 €')
    expect(centsToEuro(160050)).toBe('1600,50 €')
  })

  it('writes sizes in byte, kB and MB', () => {
    expect(bytesToItalian(820)).toBe('820 byte')
    expect(bytesToItalian(12_400)).toBe('12,4 kB')
    expect(bytesToItalian(3_100_000)).toBe('3,1 MB')
  })
})
