import { describe, expect, it } from 'vitest'

import { checkClosures, checkHours, nationalHolidaysToItalian, patronToItalian } from './calendarRules'

describe('the calendar’s hours and closures, checked in Italian', () => {
  it('accepts bands that end after they start and do not overlap', () => {
    expect(checkHours([{ weekday: '1', from: '09:00', to: '12:00' }, { weekday: '1', from: '12:00', to: '13:00' }, { weekday: '2', from: '09:00', to: '12:00' }])).toBe(true)
    expect(checkHours(undefined)).toBe(true)
  })
  it('refuses a band that ends before it starts', () => {
    expect(checkHours([{ weekday: '1', from: '12:00', to: '09:00' }])).toBe('Fascia 1: l’orario di fine (09:00) deve venire dopo quello di inizio (12:00).')
    expect(checkHours([{ weekday: '1', from: '09:00', to: '09:00' }])).toMatch(/^Fascia 1/)
  })
  it('refuses two bands of the same weekday that overlap', () => {
    expect(checkHours([{ weekday: '3', from: '09:00', to: '12:00' }, { weekday: '3', from: '11:30', to: '13:00' }]))
      .toBe('Mercoledì: le fasce 09:00–12:00 e 11:30–13:00 si sovrappongono. Uniscile in una sola o correggi gli orari.')
  })
  it('refuses a closure that ends before it starts, accepts a one-day closure', () => {
    expect(checkClosures([{ from: '2026-12-24T00:00:00.000Z', to: '2026-12-24T00:00:00.000Z' }])).toBe(true)
    expect(checkClosures([{ from: '2026-12-24', to: '2026-12-28' }, { from: '2026-12-31', to: '2026-12-30' }])).toBe('Chiusura 2: il giorno “Al” non può venire prima del giorno “Dal”.')
  })
  it('names the holidays already closed and the patron saint’s day', () => {
    const holidays = nationalHolidaysToItalian(2027)
    expect(holidays).toContain('1 gennaio (Capodanno)')
    expect(holidays).toContain('29 marzo 2027 (Lunedì dell’Angelo)')
    expect(holidays.some((h) => h.includes('Domenica di Pasqua'))).toBe(false)
    expect(patronToItalian({ saint: 'San Teodoro', rule: 'prima-domenica', month: 9 })).toBe('San Teodoro, la prima domenica di settembre')
    expect(patronToItalian({ saint: 'San Rocco', rule: 'giorno', month: 8, day: 16 })).toBe('San Rocco, il 16 agosto')
  })
})
