import { describe, expect, it } from 'vitest'

import type { RenderContext, ReportRef } from '../notification'
import { notificationToLetter, notificationToInboxEntry } from './index'

const follower: RenderContext = { recipient: { givenName: '', familyName: '', email: 'luca@example.org' }, publicUrl: new URL('https://www.comune.brindisi.it') }
const ref: ReportRef = { code: 'SEG-2027-7K3QX9', title: 'Lampione <spento>', category: 'Illuminazione pubblica', pageUrl: 'https://www.comune.brindisi.it/segnalazioni/SEG-2027-7K3QX9/' }
const unsubscribeUrl = 'https://www.comune.brindisi.it/segnalazioni/non-seguire/?t=9.u.abc.sig'

describe('report letters', () => {
  it('ask a guest to confirm the email, with the report’s page and the link', () => {
    const letter = notificationToLetter({ kind: 'report-email-check', data: { ...ref, confirmUrl: 'https://www.comune.brindisi.it/segnalazioni/conferma/?t=1.c.x.y' } }, { ...follower, recipient: { ...follower.recipient, givenName: 'Maria' } })
    expect(letter.subject).toBe('Conferma la tua segnalazione SEG-2027-7K3QX9 — Comune di Brindisi')
    expect(letter.text).toContain('Gentile Maria,')
    expect(letter.text).toContain('Conferma la segnalazione: https://www.comune.brindisi.it/segnalazioni/conferma/?t=1.c.x.y')
    expect(letter.text).toContain('entro 7 giorni')
    expect(letter.html).toContain('Lampione &lt;spento&gt;')
  })

  it('tell a follower of each change, greeting without a name, always with the link to stop', () => {
    const cases = [
      [{ kind: 'status', status: 'chiusa', closeReason: 'non-competenza', publicAnswer: 'La strada è provinciale.' }, 'Lo stato della segnalazione è ora: Chiusa (Non di competenza del Comune).\n\nRisposta dell’ufficio: La strada è provinciale.'],
      [{ kind: 'status', status: 'in-lavorazione' }, 'Lo stato della segnalazione è ora: In lavorazione.'],
      [{ kind: 'answer', publicAnswer: 'Intervento programmato per lunedì.' }, 'Risposta dell’ufficio: Intervento programmato per lunedì.'],
      [{ kind: 'merged', into: 'SEG-2027-AAAAAA' }, 'unita alla segnalazione SEG-2027-AAAAAA'],
      [{ kind: 'reassigned', office: 'Ufficio Ambiente' }, 'è passata all’ufficio Ufficio Ambiente.'],
    ] as const
    for (const [change, says] of cases) {
      const notification = { kind: 'report-changed', data: { ...ref, change, unsubscribeUrl } } as const
      const letter = notificationToLetter(notification, follower)
      expect(letter.subject).toBe('Aggiornamento della segnalazione SEG-2027-7K3QX9')
      expect(letter.text.startsWith('Buongiorno,')).toBe(true)
      expect(letter.text).toContain(says)
      expect(letter.text).toContain(`Non ricevere più aggiornamenti: ${unsubscribeUrl}`)
      expect(letter.html).toContain(`href="${unsubscribeUrl}"`)
      expect(notificationToInboxEntry(notification).body).toContain(says.split('\n')[0]!)
    }
  })

  it('give an assistance request’s receipt and the URP’s reply', () => {
    const data = { code: 'ASS-2027-ABCDEF', topic: 'Pagamenti', message: 'Come pago?' }
    expect(notificationToLetter({ kind: 'assistance-received', data }, follower).text).toContain('Argomento: Pagamenti\nIl tuo messaggio:\nCome pago?')
    const reply = notificationToLetter({ kind: 'assistance-replied', data: { ...data, reply: 'Con pagoPA.' } }, follower)
    expect(reply.subject).toBe('Risposta alla tua richiesta di assistenza ASS-2027-ABCDEF')
    expect(reply.text).toContain('Con pagoPA.')
  })
})
