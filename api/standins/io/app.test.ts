import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createIoChannel } from '../../../cms/notifications/channels/io'
import type { DeliveryTarget, IoMessage } from '../../../cms/notifications/channels/channel'
import { createIoClient } from '../../../cms/notifications/io/client'
import { renderIo } from '../../../cms/notifications/render'
import { IoStandInRegistry, demoIoProfiles } from './registry'
import { startIoStandIn, type RunningIoStandIn } from './server'

const apiKey = randomBytes(24).toString('base64url')
const enabled = 'VLNMRC79H03B180T'
const notification = { kind: 'practice-submitted', data: { practiceId: 7, title: 'Mensa scolastica', protocolNumber: '2026/000007' } } as const
const context = { recipient: { givenName: 'Marco', familyName: 'Valente', email: null }, publicUrl: new URL('http://localhost:3000') }
const targetFor = (fiscalCode: string): DeliveryTarget => ({ citizenId: 1, fiscalCode, givenName: 'Marco', familyName: 'Valente', email: null })
const payment: IoMessage = {
  subject: 'Avviso di pagamento: diritti di segreteria',
  markdown: 'Gentile Marco,\n\nil Comune di Brindisi ha emesso l’avviso di pagamento per la tua domanda. Puoi pagarlo direttamente da IO.',
  dueDate: '2026-12-31T23:00:00.000Z',
  paymentData: { amountCents: 1650, noticeNumber: '301000000000001234', payeeFiscalCode: '00081490748', invalidAfterDueDate: false },
}

let io: RunningIoStandIn
const payloadWith = (settings: { url: string; apiKey: string } | null) => ({ config: { custom: { settings: { io: settings } } } }) as unknown as Payload

beforeAll(async () => void (io = await startIoStandIn({ port: 0, apiKey })))
afterAll(async () => io.close())

describe('IO channel against the IO stand-in', () => {
  it('sends the message to a citizen who has IO and allows the Comune’s service', async () => {
    const outcome = await createIoChannel()(payloadWith({ url: io.apiUrl, apiKey }), targetFor(enabled), notification, context)
    expect(outcome).toMatchObject({ outcome: 'sent', providerId: expect.stringMatching(/^01[0-9A-F]{24}$/) })
    const [received] = io.registry.messagesOf(enabled)
    expect(received?.content).toEqual({ subject: renderIo(notification, context).subject, markdown: renderIo(notification, context).markdown })
  })

  it('sends a payment-due notification with its pagoPA notice, so the citizen pays from IO', async () => {
    const due = { kind: 'payment-due', data: { description: 'Diritti di segreteria', amountCents: 1650, noticeNumber: '301000000000009876', dueDate: new Date('2026-12-31T12:00:00Z'), payeeFiscalCode: '00081490748' } } as const
    expect(await createIoChannel()(payloadWith({ url: io.apiUrl, apiKey }), targetFor(enabled), due, context)).toMatchObject({ outcome: 'sent' })
    const [received] = io.registry.messagesOf(enabled)
    expect(received?.content.payment_data).toEqual({ amount: 1650, notice_number: '301000000000009876', payee: { fiscal_code: '00081490748' }, invalid_after_due_date: false })
    expect(received?.content.due_date).toBe('2026-12-31T12:00:00.000Z')
  })

  it('skips a citizen who turned the Comune’s service off in IO, and one without IO, sending nothing', async () => {
    const channel = createIoChannel()
    const [off] = demoIoProfiles.serviceOff, [without] = demoIoProfiles.withoutIo
    expect(await channel(payloadWith({ url: io.apiUrl, apiKey }), targetFor(off), notification, context)).toMatchObject({ outcome: 'skipped', reason: expect.stringContaining('disattivato') })
    expect(await channel(payloadWith({ url: io.apiUrl, apiKey }), targetFor(without), notification, context)).toMatchObject({ outcome: 'skipped', reason: expect.stringContaining('non usa') })
    expect(io.registry.messagesOf(off)).toEqual([])
    expect(io.registry.messagesOf(without)).toEqual([])
  })

  it('skips when IO is not configured', async () => {
    expect(await createIoChannel()(payloadWith(null), targetFor(enabled), notification, context)).toMatchObject({ outcome: 'skipped' })
  })

  it('fails for good with a key IO does not know (401)', async () => {
    expect(await createIoChannel()(payloadWith({ url: io.apiUrl, apiKey: 'x'.repeat(32) }), targetFor(enabled), notification, context)).toMatchObject({ outcome: 'failed', retryable: false })
  })

  it('asks for a retry after the time IO says when it is throttling (429 with Retry-After)', async () => {
    const throttled = await startIoStandIn({ port: 0, apiKey, rateLimit: { requests: 1, windowMs: 60_000 } })
    try {
      const outcome = await createIoChannel()(payloadWith({ url: throttled.apiUrl, apiKey }), targetFor(enabled), notification, context)
      expect(outcome).toMatchObject({ outcome: 'failed', retryable: true, retryAfterMs: expect.any(Number) })
      if (outcome.outcome !== 'failed') throw new Error('not failed')
      expect(outcome.retryAfterMs).toBeGreaterThan(0)
      expect(outcome.retryAfterMs).toBeLessThanOrEqual(60_000)
      expect(throttled.registry.messagesOf(enabled)).toEqual([])
    } finally {
      await throttled.close()
    }
  })

  it('asks for a retry when IO is unavailable (503)', async () => {
    const down = await startIoStandIn({ port: 0, apiKey, unavailable: () => true })
    try {
      expect(await createIoChannel()(payloadWith({ url: down.apiUrl, apiKey }), targetFor(enabled), notification, context)).toMatchObject({ outcome: 'failed', retryable: true })
    } finally {
      await down.close()
    }
  })

  it('asks for a retry when IO cannot be reached', async () => {
    expect(await createIoChannel()(payloadWith({ url: 'http://127.0.0.1:9/api/v1', apiKey }), targetFor(enabled), notification, context)).toMatchObject({ outcome: 'failed', retryable: true })
  })
})

describe('IO client and the stand-in’s checks', () => {
  it('attaches the pagoPA notice to a payment message: amount in cents, notice number, payee, due date', async () => {
    const client = createIoClient({ url: io.apiUrl, apiKey })
    expect(await client.submitMessage(enabled, payment)).toMatchObject({ kind: 'created' })
    const [received] = io.registry.messagesOf(enabled)
    expect(received?.content).toEqual({
      subject: payment.subject, markdown: payment.markdown, due_date: '2026-12-31T23:00:00.000Z',
      payment_data: { amount: 1650, notice_number: '301000000000001234', payee: { fiscal_code: '00081490748' }, invalid_after_due_date: false },
    })
  })

  it.each([
    ['a subject shorter than 10 characters', { ...payment, subject: 'Avviso' }],
    ['a Markdown shorter than 80 characters', { ...payment, markdown: 'Troppo breve.' }],
    ['a notice number that is not 18 digits', { ...payment, paymentData: { ...payment.paymentData!, noticeNumber: '3010000000012' } }],
    ['an amount of zero', { ...payment, paymentData: { ...payment.paymentData!, amountCents: 0 } }],
  ])('refuses %s with 400, which the channel does not retry', async (_, message) => {
    const client = createIoClient({ url: io.apiUrl, apiKey })
    expect(await client.submitMessage(enabled, message)).toEqual({ kind: 'failure', status: 400 })
  })

  it('answers 404 to a profile query for a fiscal code without IO, and 400 to one that is no fiscal code', async () => {
    const client = createIoClient({ url: io.apiUrl, apiKey })
    expect(await client.getProfile('RSSMRA80A01H501U')).toEqual({ kind: 'not-found' })
    expect(await client.getProfile('non-un-codice')).toEqual({ kind: 'failure', status: 400 })
  })

  it('shows each citizen’s messages, payment notice included, on its Italian page marked as a test environment', async () => {
    const registry = new IoStandInRegistry()
    registry.setProfile(enabled, { senderAllowed: true })
    const own = await startIoStandIn({ port: 0, apiKey, registry })
    try {
      await createIoClient({ url: own.apiUrl, apiKey }).submitMessage(enabled, payment)
      const html = await (await fetch(`${own.url}/messaggi?cf=${enabled}`)).text()
      expect(html).toContain('AMBIENTE DI PROVA')
      expect(html).toContain('lang="it"')
      expect(html).toContain(payment.subject)
      expect(html).toContain('301000000000001234')
      expect(html).toContain('16,50 €')
    } finally {
      await own.close()
    }
  })
})
