import { describe, expect, it } from 'vitest'

import { notificationEvents } from '../constants/notificationEvents'
import { notificationToEvent } from './events'
import type { AppointmentRef, Notification, NotificationData, NotificationKind, RenderContext, ReportRef } from './notification'
import { ioLimits, pushLimits, renderIo, renderPush } from './render'
import { notificationToInboxEntry, notificationToLetter } from './templates'

const publicUrl = new URL('https://www.comune.brindisi.it')
const context: RenderContext = { recipient: { givenName: 'Giovanna', familyName: 'Caputo', email: 'giovanna@example.it' }, publicUrl }
const practice = { practiceId: 42, title: 'Contrassegno disabili', protocolNumber: '2026/000042' }
const appointment: AppointmentRef = { code: 'BR-7K2M9QXA', startsAt: new Date('2026-12-03T08:20:00Z'), office: { title: 'Ufficio Anagrafe' }, changeableUntil: null }
const report: ReportRef = { code: 'SEG-2026-ABCDEF', title: 'Lampione spento', category: 'Illuminazione', pageUrl: 'https://www.comune.brindisi.it/segnalazioni/SEG-2026-ABCDEF/' }
const manageUrl = 'https://www.comune.brindisi.it/prenotazione-appuntamento/gestisci/?t=x'
const payment = { description: 'TARI 2026 — prima rata', amountCents: 12_350, noticeNumber: '301000000000000042' }

/** One notification of every kind, as its callers build it. */
const every: { [K in NotificationKind]: NotificationData[K] } = {
  'email-confirmation': { confirmUrl: 'https://www.comune.brindisi.it/api/me/email/conferma?token=abc' },
  'practice-submitted': practice,
  'practice-status-changed': { ...practice, status: 'in-attesa-cittadino', message: 'Manca la copia del documento.' },
  'practice-message': { ...practice, message: 'Il contrassegno è pronto: ritiralo allo sportello.' },
  'practice-final-act': { ...practice },
  'appointment-email-check': { ...appointment, confirmUrl: manageUrl, holdUntil: null },
  'appointment-confirmed': { ...appointment, manageUrl },
  'appointment-moved': { ...appointment, from: new Date('2026-12-02T08:20:00Z'), manageUrl, message: 'Sportello chiuso per formazione.' },
  'appointment-cancelled': { ...appointment, by: 'operatore', message: null, bookAgainUrl: 'https://www.comune.brindisi.it/prenotazione-appuntamento/' },
  'appointment-reminder': { ...appointment, manageUrl },
  'certificate-issued': { code: 'C-7K2M9Q', typeLabel: 'Certificato di residenza' },
  'certificate-revoked': { code: 'C-7K2M9Q', typeLabel: 'Certificato di residenza', reason: 'Dati anagrafici errati.' },
  'payment-due': { ...payment, dueDate: new Date('2027-01-31T23:00:00Z'), payeeFiscalCode: '00081490748' },
  'payment-received': { ...payment, paidAt: new Date('2027-01-10T10:00:00Z') },
  'report-email-check': { ...report, confirmUrl: 'https://www.comune.brindisi.it/segnalazioni/conferma/?t=x' },
  'report-published': { ...report, unsubscribeUrl: 'https://www.comune.brindisi.it/segnalazioni/non-seguire/?t=x' },
  'report-follow-check': { ...report, confirmUrl: 'https://www.comune.brindisi.it/segnalazioni/segui/?t=x' },
  'report-changed': { ...report, change: { kind: 'answer', publicAnswer: 'Il lampione è stato riparato.' }, unsubscribeUrl: 'https://www.comune.brindisi.it/segnalazioni/non-seguire/?t=x' },
  'assistance-received': { code: 'ASS-2026-000001', topic: 'Pagamenti', message: 'Come pago la TARI?' },
  'assistance-replied': { code: 'ASS-2026-000001', topic: 'Pagamenti', message: 'Come pago la TARI?', reply: 'Con pagoPA, dal portale.' },
}
const notifications = Object.entries(every).map(([kind, data]) => ({ kind, data }) as Notification)

/** Where each kind's push and IO message lead. */
const expectedLink: Partial<Record<NotificationKind, string>> = {
  'practice-submitted': '/area-personale/pratica/?id=42', 'practice-status-changed': '/area-personale/pratica/?id=42',
  'appointment-confirmed': '/area-personale/appuntamenti/', 'appointment-reminder': '/area-personale/appuntamenti/', 'appointment-moved': '/area-personale/appuntamenti/',
  'certificate-issued': '/area-personale/certificati/', 'payment-due': '/area-personale/pagamenti/', 'payment-received': '/area-personale/pagamenti/',
  'report-changed': '/segnalazioni/SEG-2026-ABCDEF/', 'assistance-replied': '/area-personale/assistenza/',
}

describe('one template per event, rendered for every channel', () => {
  it.each(notifications.map((n) => [n.kind, n] as const))('%s reads as a letter, a desk entry, a push and an IO message within each channel’s limits', (kind, notification) => {
    const letter = notificationToLetter(notification, context)
    expect(letter.subject.length).toBeGreaterThan(0)
    expect(letter.text).toContain('Comune di Brindisi')
    if (notification.kind !== 'email-confirmation') expect(notificationToInboxEntry(notification).body.length).toBeGreaterThan(20)

    const push = renderPush(notification, context)
    expect(push.title.length).toBeGreaterThan(0)
    expect(push.title.length).toBeLessThanOrEqual(pushLimits.title)
    expect(push.body.length).toBeLessThanOrEqual(pushLimits.body)
    expect(new URL(push.url).origin).toBe(publicUrl.origin)
    expect(push.tag.startsWith(kind)).toBe(true)

    const io = renderIo(notification, context)
    expect(io.subject.length).toBeGreaterThanOrEqual(ioLimits.subject[0])
    expect(io.subject.length).toBeLessThanOrEqual(ioLimits.subject[1])
    expect(io.markdown.length).toBeGreaterThanOrEqual(ioLimits.markdown[0])
    expect(io.markdown.length).toBeLessThanOrEqual(ioLimits.markdown[1])
    expect(io.markdown).toContain(`](${push.url})`)
    const link = expectedLink[notification.kind]
    if (link) expect(push.url).toBe(new URL(link, publicUrl).href)
  })

  it('puts the pagoPA notice on the IO message of a payment due, so the citizen pays from the app, with its due date', () => {
    const io = renderIo({ kind: 'payment-due', data: every['payment-due'] }, context)
    expect(io.paymentData).toEqual({ amountCents: 12_350, noticeNumber: '301000000000000042', payeeFiscalCode: '00081490748', invalidAfterDueDate: false })
    expect(io.dueDate).toBe('2027-01-31T23:00:00.000Z')
    expect(io.markdown).toContain('123,50 €')
    expect(renderIo({ kind: 'payment-received', data: every['payment-received'] }, context).paymentData).toBeUndefined()
  })

  it('keeps the IO message within 10000 characters and the push within its lengths however long the office’s message', () => {
    const long: Notification = { kind: 'practice-message', data: { ...practice, message: 'Parola '.repeat(3000) } }
    expect(renderIo(long, context).markdown.length).toBeLessThanOrEqual(10_000)
    expect(renderIo(long, context).markdown).toMatch(/…\n\n\[Apri nello Sportello/)
    expect(renderPush(long, context).body.length).toBeLessThanOrEqual(pushLimits.body)
    expect(renderPush(long, context).body.endsWith('…')).toBe(true)
  })

  it('shows Markdown in an office’s message as text, never as a link or markup', () => {
    const io = renderIo({ kind: 'practice-message', data: { ...practice, message: 'Clicca [qui](https://altro.example) *subito*' } }, context)
    expect(io.markdown).toContain('Clicca \\[qui\\](https://altro.example) \\*subito\\*')
  })

  it('names a request for documents as its own event, and every event the desk lists has a template', () => {
    expect(notificationToEvent({ kind: 'practice-status-changed', data: { ...practice, status: 'in-attesa-cittadino' } })).toBe('integrazioni-richieste')
    expect(notificationToEvent({ kind: 'practice-status-changed', data: { ...practice, status: 'in-lavorazione' } })).toBe('cambio-stato')
    const covered = new Set(notifications.map(notificationToEvent))
    for (const { value } of notificationEvents) expect(covered).toContain(value)
  })
})
