import { describe, expect, it } from 'vitest'

import { bookingEventKinds } from '../appointments/vocabulary'
import { bookingEventToWords } from './historyWords'

describe('a booking’s history in words', () => {
  it('says every kind of event in its own words', () => {
    const words = bookingEventKinds.map((k) => bookingEventToWords({ kind: k.value }))
    expect(new Set(words).size).toBe(bookingEventKinds.length)
    expect(words).not.toContain('ha aggiornato la prenotazione')
  })
  it('says where a booking was moved from and to, in Rome time', () => {
    expect(bookingEventToWords({ kind: 'spostata', fromStartsAt: '2026-12-03T08:00:00.000Z', toStartsAt: '2026-12-04T13:20:00.000Z' }))
      .toBe('ha spostato l’appuntamento da 3 dicembre 2026, 09:00 a 4 dicembre 2026, 14:20')
  })
})
