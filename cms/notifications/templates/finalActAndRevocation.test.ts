import { describe, expect, it } from 'vitest'

import type { RenderContext } from '../notification'
import { notificationToInboxEntry, notificationToLetter } from './index'

const context: RenderContext = { recipient: { givenName: 'Giovanna', familyName: 'Caputo', email: 'giovanna@example.it' }, publicUrl: new URL('https://www.comune.brindisi.it') }

describe('the office’s final act and a revoked certificate, as the citizen reads them', () => {
  it('point to the application’s page and to Documenti, with the office’s note when there is one', () => {
    const finalAct = { kind: 'practice-final-act', data: { practiceId: 42, title: 'Contrassegno disabili', protocolNumber: '2026/000042', message: 'Ritira il contrassegno allo sportello.' } } as const
    expect(notificationToInboxEntry(finalAct)).toEqual({
      subject: 'Atto finale della pratica 2026/000042',
      body: 'L’ufficio ha allegato l’atto finale della tua pratica «Contrassegno disabili». Puoi scaricarlo dalla pagina della pratica e dalla sezione «Documenti» della tua area personale.\n\nRitira il contrassegno allo sportello.',
    })
    const letter = notificationToLetter(finalAct, context)
    expect(letter.subject).toBe('Atto finale della pratica 2026/000042')
    expect(letter.text).toContain('https://www.comune.brindisi.it/area-personale/pratica/?id=42')
  })

  it('name the certificate, its code and the reason, and where to ask for a new one', () => {
    const revoked = { kind: 'certificate-revoked', data: { code: 'BR-2026-ABC123', typeLabel: 'Certificato di residenza', reason: 'Dati variati' } } as const
    expect(notificationToInboxEntry(revoked)).toEqual({
      subject: 'Certificato BR-2026-ABC123 revocato',
      body: 'L’ufficio anagrafe ha revocato il tuo certificato di residenza con codice BR-2026-ABC123.\nMotivo: Dati variati\nLa pagina di verifica del certificato ora lo indica come revocato: se ti serve, puoi richiederne uno nuovo nella tua area personale.',
    })
    const letter = notificationToLetter(revoked, context)
    expect(letter.text).toMatch(/^Gentile Giovanna Caputo,\n\nL’ufficio anagrafe ha revocato/)
    expect(letter.text).toContain('https://www.comune.brindisi.it/area-personale/certificati/')
  })
})
