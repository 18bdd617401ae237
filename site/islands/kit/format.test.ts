import { describe, expect, it } from 'vitest'

import { centsToEuro, dateToShortItalian, fill } from './format'

describe('what the islands write', () => {
  it('writes euro cents as Italian money, with a no-break space before the sign', () => {
    expect(centsToEuro(4560)).toBe('45,60\u00a0€')
    expect(centsToEuro(2500)).toBe('25,00\u00a0€')
    expect(centsToEuro(1234567)).toBe('12.345,67\u00a0€')
  })

  it('writes dates as the static pages do, on the Rome calendar day', () => {
    expect(dateToShortItalian(new Date('2026-12-31T23:30:00Z'))).toBe('01/01/2027')
  })

  it('fills the placeholders of a UI string and leaves unknown ones as written', () => {
    expect(fill('Passo {n} di {total}', { n: 2, total: 5 })).toBe('Passo 2 di 5')
    expect(fill('Ciao {nome}', {})).toBe('Ciao {nome}')
  })
})
