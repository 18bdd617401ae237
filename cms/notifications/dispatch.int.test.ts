import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayloadWithMailbox, type PayloadWithMailbox } from '../appointments/testSetup'
import type { Citizen } from '../payload-types'
import { runNotifications } from '../testing/runNotifications'
import type { Channel } from './channels/channel'
import { deliverQueued } from './delivery/deliver'
import { deliverTaskSlug, deliveryIdsOf, notificationQueue } from './delivery/queue'
import { maxDeliveryAttempts } from './delivery/vocabulary'
import { dispatchNotification } from './dispatch'
import type { Notification } from './notification'

let env: PayloadWithMailbox
let payload: Payload
let n = 0

const due: Notification = { kind: 'payment-due', data: { description: 'TARI 2026', amountCents: 12_350, noticeNumber: '301000000000000042', dueDate: null, payeeFiscalCode: '00081490748' } }
const submitted = (practiceId: number): Notification => ({ kind: 'practice-submitted', data: { practiceId, title: 'Mensa scolastica', protocolNumber: `2026/${String(practiceId).padStart(6, '0')}` } })

async function citizen(preferences: Citizen['notificationPreferences'] = null, email = `cittadino-${n + 1}@example.it`): Promise<Citizen> {
  n++
  return payload.create({ collection: 'citizens', data: { fiscalCode: `RSSMRA80A01B180${String.fromCharCode(65 + n)}`, givenName: 'Maria', familyName: 'Rossi', contacts: { email }, notificationPreferences: preferences }, overrideAccess: true })
}
const deliveriesOf = async (citizenId: number) =>
  (await payload.find({ collection: 'notification-deliveries', where: { citizen: { equals: citizenId } }, sort: 'channel', pagination: false, depth: 0 })).docs
const queuedJobs = async (deliveryId: number) =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: deliverTaskSlug }, queue: { equals: notificationQueue }, completedAt: { exists: false } }, pagination: false, depth: 0 })).docs
    .filter((job) => deliveryIdsOf(job.input as { deliveryIds?: unknown }).includes(deliveryId))

beforeAll(async () => {
  process.env.SPORTELLO_PUBLIC_URL = 'https://www.comune.brindisi.it'
  env = await startPayloadWithMailbox({ refuse: ['rifiutata@example.it'] })
  payload = env.payload
})
afterAll(async () => env?.cleanup())

describe('the dispatcher', () => {
  it('writes the desk message and queues only the channels the citizen chose for the event', async () => {
    const maria = await citizen({ 'pagamento-dovuto': ['io'], 'domanda-ricevuta': [] })
    await dispatchNotification(payload, { notification: due, to: { citizen: maria } })
    await dispatchNotification(payload, { notification: submitted(7), to: { citizen: maria } })
    const rows = await deliveriesOf(maria.id)
    expect(rows.map((r) => [r.kind, r.channel, r.status]).sort()).toEqual([
      ['payment-due', 'desk', 'inviata'], ['payment-due', 'io', 'in-coda'], ['practice-submitted', 'desk', 'inviata'],
    ])
    const messages = await payload.find({ collection: 'citizen-messages', where: { citizen: { equals: maria.id } }, depth: 0 })
    expect(messages.docs.map((m) => m.subject).sort()).toEqual(['Domanda presentata: Mensa scolastica (protocollo 2026/000007)', 'Pagamento da effettuare: TARI 2026'])
    expect(env.mailbox.mails.filter((m) => m.subject?.includes('TARI 2026'))).toEqual([])
  })

  it('sends every channel by default: the email arrives, push and IO say why they were not delivered', async () => {
    const luca = await citizen()
    await dispatchNotification(payload, { notification: due, to: { citizen: luca } })
    // One job for the notification, carrying its three channels.
    const queued = (await deliveriesOf(luca.id)).filter((r) => r.channel !== 'desk')
    const jobs = new Set(await Promise.all(queued.map(async (r) => (await queuedJobs(r.id)).map((job) => job.id).join())))
    expect(queued).toHaveLength(3)
    expect([...jobs]).toHaveLength(1)
    expect([...jobs][0]).toMatch(/^\d+$/)
    await runNotifications(payload)
    const rows = await deliveriesOf(luca.id)
    expect(rows.map((r) => r.channel).sort()).toEqual(['desk', 'email', 'io', 'push'])
    const email = rows.find((r) => r.channel === 'email')!
    expect(email).toMatchObject({ status: 'inviata', attempts: 1, message: null })
    expect(email.deliveredAt).toBeTruthy()
    expect(env.mailbox.to(luca.contacts!.email!).map((m) => m.subject)).toEqual(['Pagamento da effettuare: TARI 2026'])
  })

  it('still delivers a job queued before jobs carried lists (one row, `deliveryId`)', async () => {
    const anna = await citizen({ 'pagamento-dovuto': ['email'] })
    await dispatchNotification(payload, { notification: due, to: { citizen: anna } })
    const email = (await deliveriesOf(anna.id)).find((r) => r.channel === 'email')!
    // The job as the code before queued it, the new one's put aside.
    for (const job of await queuedJobs(email.id)) await payload.delete({ collection: 'payload-jobs', id: job.id })
    await payload.jobs.queue({ task: deliverTaskSlug, queue: notificationQueue, input: { deliveryId: email.id } })
    await runNotifications(payload)
    expect((await deliveriesOf(anna.id)).find((r) => r.channel === 'email')).toMatchObject({ status: 'inviata', attempts: 1 })
    expect(env.mailbox.to(anna.contacts!.email!).map((m) => m.subject)).toEqual(['Pagamento da effettuare: TARI 2026'])
  })

  it('keeps email for people without an account, and the email check stays email only for a citizen too', async () => {
    await dispatchNotification(payload, { notification: { kind: 'report-email-check', data: { code: 'SEG-2026-AAAAAA', title: 'Buca', category: 'Strade', pageUrl: 'https://www.comune.brindisi.it/segnalazioni/SEG-2026-AAAAAA/', confirmUrl: 'https://www.comune.brindisi.it/segnalazioni/conferma/?t=x' } }, to: { recipient: { givenName: 'Ospite', familyName: '', email: 'ospite@example.it' } } })
    await runNotifications(payload)
    expect(env.mailbox.to('ospite@example.it').map((m) => m.subject)).toEqual(['Conferma la tua segnalazione SEG-2026-AAAAAA — Comune di Brindisi'])
    const { docs } = await payload.find({ collection: 'notification-deliveries', where: { recipientKind: { equals: 'solo-email' }, kind: { equals: 'report-email-check' } }, depth: 0 })
    expect(docs.map((d) => [d.channel, d.status, d.citizen ?? null, d.event])).toEqual([['email', 'inviata', null, 'servizio']])
  })
})

describe('delivery on the queue', () => {
  it('retries a failing channel with a growing wait, then gives up; the action that caused it stays done', async () => {
    const rosa = await citizen({ 'pagamento-dovuto': ['push'] })
    await dispatchNotification(payload, { notification: due, to: { citizen: rosa } })
    const push = (await deliveriesOf(rosa.id)).find((r) => r.channel === 'push')!
    const failing: Channel = async () => ({ outcome: 'failed', reason: 'Servizio push non raggiungibile (503)', retryable: true })
    const now = new Date('2027-01-01T10:00:00.000Z')
    const waits: number[] = []
    for (let attempt = 1; attempt < maxDeliveryAttempts; attempt++) {
      expect(await deliverQueued(payload, push.id, { now, channels: { push: failing } })).toBe('in-riprova')
      const row = await payload.findByID({ collection: 'notification-deliveries', id: push.id, depth: 0 })
      expect(row).toMatchObject({ status: 'in-riprova', attempts: attempt, lastError: 'Servizio push non raggiungibile (503)' })
      waits.push(new Date(row.nextAttemptAt!).getTime() - now.getTime())
      // The next attempt is a job of the queue that waits until then.
      expect((await queuedJobs(push.id)).some((job) => new Date(job.waitUntil!).getTime() === new Date(row.nextAttemptAt!).getTime())).toBe(true)
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 240_000])
    expect(await deliverQueued(payload, push.id, { now, channels: { push: failing } })).toBe('non-riuscita')
    expect(await payload.findByID({ collection: 'notification-deliveries', id: push.id, depth: 0 })).toMatchObject({ status: 'non-riuscita', attempts: maxDeliveryAttempts, message: null })
    // Run again (a stale job): nothing more happens.
    expect(await deliverQueued(payload, push.id, { now, channels: { push: failing } })).toBeNull()
    expect((await deliveriesOf(rosa.id)).find((r) => r.channel === 'desk')).toMatchObject({ status: 'inviata' })
  })

  it('waits what the service asked (Retry-After) when longer than the backoff, and records a subscription that is gone', async () => {
    const dario = await citizen({ 'pagamento-dovuto': ['io', 'push'] })
    await dispatchNotification(payload, { notification: due, to: { citizen: dario } })
    const rows = await deliveriesOf(dario.id)
    const now = new Date('2027-01-01T10:00:00.000Z')
    const throttled: Channel = async () => ({ outcome: 'failed', reason: 'IO: troppe richieste (429)', retryable: true, retryAfterMs: 600_000 })
    await deliverQueued(payload, rows.find((r) => r.channel === 'io')!.id, { now, channels: { io: throttled } })
    expect((await payload.findByID({ collection: 'notification-deliveries', id: rows.find((r) => r.channel === 'io')!.id, depth: 0 })).nextAttemptAt).toBe('2027-01-01T10:10:00.000Z')
    const gone: Channel = async () => ({ outcome: 'gone', reason: 'Iscrizione non più valida (410)' })
    expect(await deliverQueued(payload, rows.find((r) => r.channel === 'push')!.id, { now, channels: { push: gone } })).toBe('iscrizione-scaduta')
  })

  it('gives up at once on a refused address, naming no one in the reason', async () => {
    const anna = await citizen({ 'pagamento-dovuto': ['email'] }, 'rifiutata@example.it')
    await dispatchNotification(payload, { notification: due, to: { citizen: anna } })
    await runNotifications(payload)
    const email = (await deliveriesOf(anna.id)).find((r) => r.channel === 'email')!
    expect(email).toMatchObject({ status: 'non-riuscita', attempts: 1, lastError: 'Il server di posta ha risposto 550' })
    expect(email.lastError).not.toContain('rifiutata')
  })
})

describe('payments tell their debtor', () => {
  it('a position the Comune raised is a payment due on the citizen’s channels; a mail server failing leaves the position and retries the email; paid, a receipt follows', async () => {
    const giulia = await citizen({ 'pagamento-dovuto': ['email', 'io'], 'pagamento-ricevuto': ['email'] })
    const office = (await payload.create({ collection: 'offices', data: { title: 'Ufficio tributi', slug: `tributi-${n}`, type: 'ufficio', summary: 'Ufficio di prova', _status: 'published' } as never })).id
    const position = await payload.create({
      collection: 'payment-positions', depth: 0,
      data: { reason: 'TARI 2026', amountCents: 12_000, dueDate: '2027-01-31T12:00:00.000Z', debtorFiscalCode: giulia.fiscalCode, debtorName: 'Maria Rossi', office, source: 'operatore' } as never,
    })
    const rows = await deliveriesOf(giulia.id)
    expect(rows.map((r) => [r.kind, r.channel]).sort()).toEqual([['payment-due', 'desk'], ['payment-due', 'email'], ['payment-due', 'io']])
    const io = rows.find((r) => r.channel === 'io')!
    expect((io.message as { notification: { data: { noticeNumber: string } } }).notification.data.noticeNumber).toBe(position.noticeCode)

    const down: Channel = async () => ({ outcome: 'failed', reason: 'Server di posta non raggiungibile (ECONNREFUSED)', retryable: true })
    expect(await deliverQueued(payload, rows.find((r) => r.channel === 'email')!.id, { channels: { email: down } })).toBe('in-riprova')
    expect(await payload.findByID({ collection: 'payment-positions', id: position.id, depth: 0 })).toMatchObject({ status: 'da-pagare' })

    await payload.update({ collection: 'payment-positions', id: position.id, data: { status: 'pagata', paidAt: '2027-01-10T10:00:00.000Z' }, depth: 0 })
    await payload.update({ collection: 'payment-positions', id: position.id, data: { registeredAt: '2027-01-11T10:00:00.000Z' }, depth: 0 })
    const received = (await deliveriesOf(giulia.id)).filter((r) => r.kind === 'payment-received')
    expect(received.map((r) => r.channel).sort()).toEqual(['desk', 'email'])
  })
})
