import { createPublicKey } from 'node:crypto'

import { jwtVerify } from 'jose'
import type { Payload } from 'payload'
import webpush from 'web-push'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PushSubscription } from '../../payload-types'
import { decryptWebPush } from '../push/decrypt'
import type { PushSubscriptionStore } from '../push/subscriptions'
import { startTestPushReceiver, type TestPushReceiver } from '../push/testReceiver'
import { privateKeyToVapidKeys, VapidKeyError } from '../push/vapid'
import { renderPush } from '../render'
import type { DeliveryTarget } from './channel'
import { createPushChannel } from './push'

const vapid = webpush.generateVAPIDKeys()
const subject = 'mailto:noreply@comune.brindisi.example'
const notification = { kind: 'practice-submitted', data: { practiceId: 7, title: 'Mensa scolastica', protocolNumber: '2026/000007' } } as const
const context = { recipient: { givenName: 'Marco', familyName: 'Valente', email: null }, publicUrl: new URL('http://localhost:3000') }
const target: DeliveryTarget = { citizenId: 1, fiscalCode: 'VLNMRC79H03B180T', givenName: 'Marco', familyName: 'Valente', email: null }

/** A Payload instance as far as the channel reads it: its settings. */
const payloadWith = (push: { privateKey: string; subject: string } | null) => ({ config: { custom: { settings: { push } } } }) as unknown as Payload

/** The subscriptions table in memory. */
function memoryStore(rows: PushSubscription[]) {
  const delivered: number[] = []
  const store = {
    listByCitizen: async (citizenId: number) => rows.filter((row) => row.citizen === citizenId),
    removeGone: async (id: number) => void rows.splice(rows.findIndex((row) => row.id === id), 1),
    markDelivered: async (id: number) => void delivered.push(id),
  } as Pick<PushSubscriptionStore, 'listByCitizen' | 'removeGone' | 'markDelivered'> as PushSubscriptionStore
  return { rows, delivered, store: () => store }
}

const row = (id: number, s: { endpoint: string; keys: { p256dh: string; auth: string } }): PushSubscription =>
  ({ id, citizen: 1, endpoint: s.endpoint, p256dh: s.keys.p256dh, auth: s.keys.auth, createdAt: '', updatedAt: '' })

let receiver: TestPushReceiver
beforeAll(async () => void (receiver = await startTestPushReceiver()))
afterAll(async () => receiver.close())

describe('push channel', () => {
  it('sends a message only the subscribed browser can decrypt (RFC 8291), signed for the push service’s origin (RFC 8292)', async () => {
    receiver.answerWith(201)
    const browser = receiver.subscribe()
    const table = memoryStore([row(1, browser.subscription)])
    const outcome = await createPushChannel({ store: table.store })(payloadWith({ privateKey: vapid.privateKey, subject }), target, notification, context)

    expect(outcome).toEqual({ outcome: 'sent' })
    expect(table.delivered).toEqual([1])
    const request = receiver.received.at(-1)!
    expect(request.headers['content-encoding']).toBe('aes128gcm')
    expect(Number(request.headers.ttl)).toBeGreaterThan(0)
    const message = JSON.parse(decryptWebPush(request.body, browser.browser, browser.authSecret).toString('utf8'))
    expect(message).toEqual(renderPush(notification, context))
    expect(message.title).toContain('Mensa scolastica')

    // Authorization: vapid t=<JWT ES256>, k=<the portal's public key>
    const [, token, key] = /^vapid t=([^,]+), k=(.+)$/.exec(String(request.headers.authorization))!
    expect(key).toBe(vapid.publicKey)
    const point = Buffer.from(key!, 'base64url')
    const publicKey = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' })
    const { payload, protectedHeader } = await jwtVerify(token!, publicKey, { audience: receiver.origin, algorithms: ['ES256'] })
    expect(protectedHeader.alg).toBe('ES256')
    expect(payload.sub).toBe(subject)
    expect(payload.exp! * 1000).toBeGreaterThan(Date.now())
  })

  it('a message decrypted with another browser’s keys fails: the encryption is for that subscription only', async () => {
    receiver.answerWith(201)
    const mine = receiver.subscribe()
    const other = receiver.subscribe()
    await createPushChannel({ store: memoryStore([row(1, mine.subscription)]).store })(payloadWith({ privateKey: vapid.privateKey, subject }), target, notification, context)
    expect(() => decryptWebPush(receiver.received.at(-1)!.body, other.browser, other.authSecret)).toThrow()
  })

  it.each([404, 410])('forgets a subscription the push service answers %i for, without retrying', async (status) => {
    receiver.answerWith(status)
    const table = memoryStore([row(1, receiver.subscribe().subscription)])
    const outcome = await createPushChannel({ store: table.store })(payloadWith({ privateKey: vapid.privateKey, subject }), target, notification, context)
    expect(outcome).toMatchObject({ outcome: 'gone' })
    expect(table.rows).toEqual([])
  })

  it('asks for a retry when the push service is throttling (429 with Retry-After) or failing (5xx), and keeps the subscription', async () => {
    receiver.answerWith(429, { 'retry-after': '120' })
    const table = memoryStore([row(1, receiver.subscribe().subscription)])
    const channel = createPushChannel({ store: table.store })
    const payload = payloadWith({ privateKey: vapid.privateKey, subject })
    expect(await channel(payload, target, notification, context)).toMatchObject({ outcome: 'failed', retryable: true, retryAfterMs: 120_000 })
    receiver.answerWith(503)
    expect(await channel(payload, target, notification, context)).toMatchObject({ outcome: 'failed', retryable: true })
    expect(table.rows).toHaveLength(1)
  })

  it('does not retry a request the push service refuses (400, 403)', async () => {
    receiver.answerWith(403)
    const outcome = await createPushChannel({ store: memoryStore([row(1, receiver.subscribe().subscription)]).store })(payloadWith({ privateKey: vapid.privateKey, subject }), target, notification, context)
    expect(outcome).toMatchObject({ outcome: 'failed', retryable: false })
  })

  it('counts a message sent when one of several browsers took it, even if another browser’s service is unreachable', async () => {
    receiver.answerWith(201)
    const unreachable = { ...receiver.subscribe().subscription, endpoint: 'http://127.0.0.1:9/push/chiuso' }
    const table = memoryStore([row(1, unreachable), row(2, receiver.subscribe().subscription)])
    const outcome = await createPushChannel({ store: table.store })(payloadWith({ privateKey: vapid.privateKey, subject }), target, notification, context)
    expect(outcome).toEqual({ outcome: 'sent' })
    expect(table.delivered).toEqual([2])
    expect(table.rows).toHaveLength(2)
  })

  it('skips without a configured key or without a subscribed browser', async () => {
    const table = memoryStore([])
    expect(await createPushChannel({ store: table.store })(payloadWith(null), target, notification, context)).toMatchObject({ outcome: 'skipped' })
    expect(await createPushChannel({ store: table.store })(payloadWith({ privateKey: vapid.privateKey, subject }), target, notification, context)).toMatchObject({ outcome: 'skipped' })
  })
})

describe('VAPID keys', () => {
  it('derives the public key web-push generated from the private key alone', () => {
    expect(privateKeyToVapidKeys(vapid.privateKey)).toEqual(vapid)
  })

  it('refuses a key that is no P-256 private key', () => {
    expect(() => privateKeyToVapidKeys('AAAA')).toThrow(VapidKeyError)
    expect(() => privateKeyToVapidKeys(Buffer.alloc(32).toString('base64url'))).toThrow(VapidKeyError)
  })
})
