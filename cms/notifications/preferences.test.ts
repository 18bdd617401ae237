import { describe, expect, it } from 'vitest'

import { preferencesToItalian, storedToPreferences } from './preferences'

describe('a citizen’s stored notification choices', () => {
  it('keep only the events and channels the portal knows', () => {
    expect(storedToPreferences({ 'pagamento-dovuto': ['io', 'sms'], lotteria: ['email'], 'cambio-stato': 'email' })).toEqual({ 'pagamento-dovuto': ['io'] })
    expect(storedToPreferences(null)).toEqual({})
    expect(storedToPreferences(['email'])).toEqual({})
  })

  it('read in words for staff, every channel where the citizen chose nothing, the desk alone where they turned all off', () => {
    const lines = preferencesToItalian({ 'pagamento-dovuto': ['io'], 'domanda-ricevuta': [] }).split('\n')
    expect(lines).toHaveLength(10)
    expect(lines).toContain('Pagamento da effettuare (avviso pagoPA): App IO')
    expect(lines).toContain('Domanda ricevuta: solo i Messaggi dell’area personale')
    expect(lines).toContain('Pagamento ricevuto: Email, Notifica push sul dispositivo, App IO')
  })
})
