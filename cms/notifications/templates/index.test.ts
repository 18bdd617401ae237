import { describe, expect, it } from 'vitest'

import type { RenderContext } from '../notification'
import { notificationToInboxEntry, notificationToLetter } from './index'

const context: RenderContext = { recipient: { givenName: 'Giovanna', familyName: 'Caputo', email: 'giovanna@example.it' }, publicUrl: new URL('https://www.comune.brindisi.it') }
const practice = { practiceId: 42, title: 'Contrassegno disabili', protocolNumber: '2026/000042' }
const officeFooter = 'Pratica: Contrassegno disabili\nPuoi vedere la pratica e rispondere nella tua area personale: https://www.comune.brindisi.it/area-personale/pratica/?id=42\n\nComune di Brindisi'

describe('notification templates', () => {
  it('write a submission as a desk message with the protocol number and an email pointing to the receipt', () => {
    const submitted = { kind: 'practice-submitted', data: practice } as const
    expect(notificationToInboxEntry(submitted)).toEqual({
      subject: 'Domanda presentata: Contrassegno disabili (protocollo 2026/000042)',
      body: 'Abbiamo ricevuto la tua domanda «Contrassegno disabili». Numero di protocollo: 2026/000042. La ricevuta in PDF è nella tua area personale. Ti scriveremo a ogni cambio di stato.',
    })
    expect(notificationToLetter(submitted, context)).toEqual({
      subject: 'Ricevuta: domanda «Contrassegno disabili» protocollo 2026/000042',
      text: 'Gentile Giovanna,\n\nla tua domanda «Contrassegno disabili» è stata presentata con protocollo n. 2026/000042.\nPuoi scaricare la ricevuta e seguire la pratica qui: https://www.comune.brindisi.it/area-personale/pratica/?id=42\n\nComune di Brindisi',
    })
  })

  it('ask for documents in the operator’s words, the same in the desk and by email', () => {
    const request = { kind: 'practice-status-changed', data: { ...practice, status: 'in-attesa-cittadino', message: 'Manca la copia del documento.' } } as const
    expect(notificationToInboxEntry(request)).toEqual({ subject: 'Servono integrazioni per la pratica 2026/000042', body: 'Manca la copia del documento.' })
    expect(notificationToLetter(request, context)).toEqual({
      subject: 'Servono integrazioni per la pratica 2026/000042',
      text: `Gentile Giovanna Caputo,\n\nManca la copia del documento.\n\n${officeFooter}`,
    })
  })

  it('name the new status when the operator wrote nothing', () => {
    const moved = { kind: 'practice-status-changed', data: { ...practice, status: 'in-lavorazione', message: '' } } as const
    expect(notificationToInboxEntry(moved)).toEqual({ subject: 'La pratica 2026/000042 è ora: In lavorazione', body: 'Lo stato della tua pratica «Contrassegno disabili» è cambiato in «In lavorazione».' })
    expect(notificationToLetter(moved, context).text).toBe(`Gentile Giovanna Caputo,\n\nLo stato della tua pratica «Contrassegno disabili» è cambiato in «In lavorazione».\n\n${officeFooter}`)
  })

  it('pass an operator’s message on as written', () => {
    const message = { kind: 'practice-message', data: { ...practice, message: 'Il contrassegno è pronto: ritiralo allo sportello.' } } as const
    expect(notificationToInboxEntry(message)).toEqual({ subject: 'Un messaggio sulla pratica 2026/000042', body: 'Il contrassegno è pronto: ritiralo allo sportello.' })
    expect(notificationToLetter(message, context)).toEqual({ subject: 'Un messaggio sulla pratica 2026/000042', text: `Gentile Giovanna Caputo,\n\nIl contrassegno è pronto: ritiralo allo sportello.\n\n${officeFooter}` })
  })

  it('confirm a new email address with a link, in text and in HTML that escapes what the citizen wrote', () => {
    const confirmUrl = 'https://www.comune.brindisi.it/api/me/email/conferma?token=abc&x=1'
    const letter = notificationToLetter({ kind: 'email-confirmation', data: { confirmUrl } }, { ...context, recipient: { ...context.recipient, givenName: 'Niccolò <b>' } })
    expect(letter.subject).toBe('Conferma il tuo indirizzo email — Comune di Brindisi')
    expect(letter.text).toBe(`Gentile Niccolò <b>,\n\nhai chiesto di usare questo indirizzo email per le comunicazioni del Comune di Brindisi.\nPer confermarlo apri questo collegamento entro 24 ore:\n\n${confirmUrl}\n\nSe non sei stato tu, ignora questo messaggio: il tuo indirizzo non cambierà.\n\nComune di Brindisi — Sportello telematico`)
    expect(letter.html).toContain('<p>Gentile Niccolò &lt;b&gt;,</p>')
    expect(letter.html).toContain('<a href="https://www.comune.brindisi.it/api/me/email/conferma?token=abc&amp;x=1">Conferma l’indirizzo email</a>')
  })
})
