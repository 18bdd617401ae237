import { describe, expect, it } from 'vitest'

import type { AppointmentRef, RenderContext } from '../notification'
import { notificationToInboxEntry, notificationToLetter } from './index'

const context: RenderContext = { recipient: { givenName: 'Giovanna', familyName: 'Caputo', email: 'giovanna@example.it' }, publicUrl: new URL('https://www.comune.brindisi.it') }
const manageUrl = 'https://www.comune.brindisi.it/prenotazione-appuntamento/gestisci/?t=12.g.abc.sig'

// Thursday 3 December 2026, 09:20 in Rome (winter time, UTC+1).
const winter: AppointmentRef = {
  code: 'BR-7K2M9QXA',
  startsAt: new Date('2026-12-03T08:20:00Z'),
  office: { title: 'Ufficio Anagrafe', address: 'Piazza Matteotti 1, Brindisi', mapUrl: 'https://www.openstreetmap.org/?mlat=40.6&mlon=17.9#map=17/40.6/17.9' },
  service: 'Carta d’identità elettronica',
  reason: 'Carta d’identità elettronica',
  whatToBring: 'Documento scaduto\nUna fototessera',
  changeableUntil: new Date('2026-12-02T08:20:00Z'),
}

describe('appointment letters', () => {
  it('confirm a booking with its code, Rome time, office, map, service, what to bring, the manage link and the cut-off', () => {
    const letter = notificationToLetter({ kind: 'appointment-confirmed', data: { ...winter, manageUrl } }, context)
    expect(letter.subject).toBe('Appuntamento confermato: giovedì 3 dicembre 2026, ore 09:20')
    expect(letter.text).toBe([
      'Gentile Giovanna,',
      'Il tuo appuntamento è confermato. In allegato trovi l’evento da aggiungere al tuo calendario.',
      'Codice della prenotazione: BR-7K2M9QXA\nQuando: giovedì 3 dicembre 2026, ore 09:20\nDove: Ufficio Anagrafe, Piazza Matteotti 1, Brindisi\nMappa (OpenStreetMap): https://www.openstreetmap.org/?mlat=40.6&mlon=17.9#map=17/40.6/17.9\nServizio: Carta d’identità elettronica',
      'Cosa portare:\nDocumento scaduto\nUna fototessera',
      `Sposta o annulla l’appuntamento: ${manageUrl}\nPuoi spostare o annullare l’appuntamento fino a mercoledì 2 dicembre 2026, ore 09:20.`,
      'Comune di Brindisi — Sportello telematico',
    ].join('\n\n'))
    expect(letter.html).toContain('<a href="https://www.comune.brindisi.it/prenotazione-appuntamento/gestisci/?t=12.g.abc.sig">Sposta o annulla l’appuntamento</a>')
    expect(letter.html).toContain('<p>Cosa portare:<br>Documento scaduto<br>Una fototessera</p>')
  })

  it('write summer appointments in Rome’s summer time', () => {
    const summer = { ...winter, startsAt: new Date('2026-07-02T07:20:00Z'), changeableUntil: null }
    const letter = notificationToLetter({ kind: 'appointment-reminder', data: { ...summer, manageUrl } }, context)
    expect(letter.subject).toBe('Promemoria: appuntamento di giovedì 2 luglio 2026, ore 09:20')
    expect(letter.text).toContain('Quando: giovedì 2 luglio 2026, ore 09:20')
    expect(letter.text).toContain('Non è più possibile spostarlo o annullarlo online: per qualsiasi necessità contatta l’ufficio.')
  })

  it('ask a guest to confirm the email within 30 minutes, without what to bring yet', () => {
    const confirmUrl = 'https://www.comune.brindisi.it/prenotazione-appuntamento/conferma-email/?t=1.c.x.y'
    const letter = notificationToLetter({ kind: 'appointment-email-check', data: { ...winter, confirmUrl, holdUntil: new Date('2026-11-20T09:35:00Z') } }, context)
    expect(letter.subject).toBe('Conferma la tua prenotazione — Comune di Brindisi')
    expect(letter.text).toContain('conferma il tuo indirizzo email entro 30 minuti (entro le 10:35): se non lo confermi, la prenotazione decade e il posto torna libero.')
    expect(letter.text).toContain(`Conferma la prenotazione: ${confirmUrl}`)
    expect(letter.text).not.toContain('Cosa portare')
  })

  it('tell a move with both times and the office’s message', () => {
    const moved = { ...winter, startsAt: new Date('2026-12-04T10:00:00Z') }
    const data = { ...moved, from: winter.startsAt, manageUrl, message: 'Lo sportello apre più tardi.' }
    expect(notificationToInboxEntry({ kind: 'appointment-moved', data })).toEqual({
      subject: 'Appuntamento spostato: venerdì 4 dicembre 2026, ore 11:00',
      body: 'Il tuo appuntamento presso Ufficio Anagrafe di giovedì 3 dicembre 2026, ore 09:20 è stato spostato a venerdì 4 dicembre 2026, ore 11:00.\n\nMessaggio dell’ufficio: Lo sportello apre più tardi.',
    })
    expect(notificationToLetter({ kind: 'appointment-moved', data }, context).text).toContain('Quando: venerdì 4 dicembre 2026, ore 11:00')
  })

  it('tell a cancellation by a closure with its reason, and by the office with its message', () => {
    const bookAgainUrl = 'https://www.comune.brindisi.it/prenotazione-appuntamento/'
    const closure = 'L’ufficio è chiuso il 03/12/2026 (disinfestazione): l’appuntamento è annullato.'
    const byClosure = notificationToLetter({ kind: 'appointment-cancelled', data: { ...winter, by: 'sistema', message: closure, bookAgainUrl } }, context)
    expect(byClosure.subject).toBe('Appuntamento annullato per chiusura dell’ufficio: giovedì 3 dicembre 2026, ore 09:20')
    expect(byClosure.text).toContain(`è stato annullato.\n\n${closure}`)
    expect(byClosure.text).toContain(`Prenota un nuovo appuntamento: ${bookAgainUrl}`)
    const byOffice = notificationToInboxEntry({ kind: 'appointment-cancelled', data: { ...winter, by: 'operatore', message: 'Sciopero.', bookAgainUrl } })
    expect(byOffice.body).toBe('L’ufficio ha annullato il tuo appuntamento presso Ufficio Anagrafe di giovedì 3 dicembre 2026, ore 09:20.\n\nMessaggio dell’ufficio: Sciopero.')
  })

  it('escape in HTML what people wrote', () => {
    const letter = notificationToLetter({ kind: 'appointment-confirmed', data: { ...winter, reason: '<script>x</script>', manageUrl } }, { ...context, recipient: { ...context.recipient, givenName: 'Niccolò <b>' } })
    expect(letter.html).toContain('<p>Gentile Niccolò &lt;b&gt;,</p>')
    expect(letter.html).toContain('Motivo: &lt;script&gt;x&lt;/script&gt;')
    expect(letter.html).not.toContain('<script>')
  })
})
