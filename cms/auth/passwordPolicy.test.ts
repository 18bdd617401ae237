import { describe, expect, it } from 'vitest'

import { passwordMessages, passwordProblem } from './passwordPolicy'

describe('staff password policy', () => {
  it('refuses a password shorter than 12 characters', () => {
    expect(passwordProblem('abc')).toBe(passwordMessages.tooShort)
    expect(passwordProblem('Brindisi-26')).toBe(passwordMessages.tooShort)
  })

  it('refuses the common and breached passwords of the shipped list, also with digits added around them', () => {
    for (const common of ['password1234', 'qwertyuiop123', 'PasswordPassword', 'iloveyou1234', '2026dragonfly!!']) {
      expect(passwordProblem(common), common).toBe(passwordMessages.common)
    }
  })

  it('refuses a password containing the email or its local part, whatever the case', () => {
    expect(passwordProblem('Mario.Rossi-del-2026', 'mario.rossi@comune.brindisi.it')).toBe(passwordMessages.containsEmail)
    expect(passwordProblem('x-MARIO.ROSSI@COMUNE.BRINDISI.IT', 'mario.rossi@comune.brindisi.it')).toBe(passwordMessages.containsEmail)
  })

  it('accepts a long uncommon password, and the ones the tests and the e2e portal use', () => {
    expect(passwordProblem('cavallo-batteria-graffetta', 'mario.rossi@comune.brindisi.it')).toBeNull()
    expect(passwordProblem('password-lunga-123', 'x@comune.test')).toBeNull()
    expect(passwordProblem('e2e-password-molto-lunga', 'admin-e2e@comune.brindisi.example')).toBeNull()
    expect(passwordProblem('redazione-password-lunga', `redazione-${Date.now()}@comune.brindisi.example`)).toBeNull()
  })
})
