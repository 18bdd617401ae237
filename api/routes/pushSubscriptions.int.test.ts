import webpush from 'web-push'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createPushChannel } from '../../cms/notifications/channels/push'
import { decryptWebPush } from '../../cms/notifications/push/decrypt'
import { startTestPushReceiver, type TestPushReceiver } from '../../cms/notifications/push/testReceiver'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { startPortalWithLogin, type PortalWithLogin } from '../testing/portalWithLogin'

const vapid = webpush.generateVAPIDKeys()
let t: TestPayload
let portal: PortalWithLogin
let receiver: TestPushReceiver
let giovanna: string
let marco: string

beforeAll(async () => {
  // The Payload config reads its settings when it loads: this test's portal has a VAPID key.
  process.env.SPORTELLO_VAPID_PRIVATE_KEY = vapid.privateKey
  t = await startTestPayload()
  portal = await startPortalWithLogin(t)
  receiver = await startTestPushReceiver()
  giovanna = (await portal.logIn('CPTGNN85C54B180W')).cookie
  marco = (await portal.logIn('VLNMRC79H03B180T')).cookie
})
afterAll(async () => {
  delete process.env.SPORTELLO_VAPID_PRIVATE_KEY
  await receiver?.close()
  await portal?.close()
  await t?.cleanup()
})

const state = async (cookie: string) => (await (await portal.app.request('/api/me/notifiche-push', { headers: { cookie } })).json()) as { available: boolean; publicKey: string | null; subscriptions: { id: number; label: string; endpoint: string }[] }
const subscribe = (cookie: string, body: unknown, headers: Record<string, string> = {}) => portal.app.request('/api/me/notifiche-push', {
  method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { cookie, origin: portal.origin, 'content-type': 'application/json', ...headers },
})
const unsubscribe = (cookie: string, id: number | string) => portal.app.request(`/api/me/notifiche-push/${id}`, { method: 'DELETE', headers: { cookie, origin: portal.origin } })

describe('web push subscriptions in the desk', () => {
  it('offers push with the key browsers subscribe with, and lists nobody’s browsers yet', async () => {
    const res = await portal.app.request('/api/me/notifiche-push', { headers: { cookie: giovanna } })
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(await res.json()).toEqual({ available: true, publicKey: vapid.publicKey, subscriptions: [] })
  })

  it('subscribes a browser for the logged-in citizen only; another citizen neither sees nor removes it', async () => {
    const { subscription } = receiver.subscribe()
    const res = await subscribe(giovanna, { ...subscription, label: 'Firefox su Android' })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: number }
    expect((await state(giovanna)).subscriptions).toEqual([expect.objectContaining({ id, label: 'Firefox su Android', endpoint: subscription.endpoint })])
    expect((await state(marco)).subscriptions).toEqual([])
    expect((await unsubscribe(marco, id)).status).toBe(404)
    expect((await state(giovanna)).subscriptions).toHaveLength(1)
    expect((await unsubscribe(giovanna, id)).status).toBe(204)
    expect((await state(giovanna)).subscriptions).toEqual([])
  })

  it.each([
    ['a push service over plain http on another host', { endpoint: 'http://push.example.com/abc' }, 'endpoint', 'https'],
    ['no address at all', { endpoint: 'non-un-indirizzo' }, 'endpoint', 'non valido'],
    ['a browser key of the wrong size', { keys: { p256dh: 'AAAA', auth: 'AAAAAAAAAAAAAAAAAAAAAA' } }, 'keys.p256dh', 'non valida'],
  ])('refuses %s with an Italian message on the field', async (_, change, field, words) => {
    const res = await subscribe(giovanna, { ...receiver.subscribe().subscription, ...change })
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: { fields: { field: string; message: string }[] } }
    expect(body.error.fields).toEqual([expect.objectContaining({ field, message: expect.stringContaining(words) })])
  })

  it('answers 401 without a session, 415 to a body that is not JSON, 422 to an id that is no number', async () => {
    expect((await portal.app.request('/api/me/notifiche-push')).status).toBe(401)
    expect((await subscribe(giovanna, 'endpoint=x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415)
    expect((await unsubscribe(giovanna, 'abc')).status).toBe(422)
  })

  it('delivers to the subscribed browser through the real table, and forgets it when its push service says it is gone', async () => {
    const browser = receiver.subscribe()
    const { id } = (await (await subscribe(marco, browser.subscription)).json()) as { id: number }
    const [citizen] = (await t.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: 'VLNMRC79H03B180T' } } })).docs
    const target = { citizenId: citizen!.id, fiscalCode: citizen!.fiscalCode, givenName: 'Marco', familyName: 'Valente', email: null }
    const notification = { kind: 'practice-submitted', data: { practiceId: 7, title: 'Mensa scolastica', protocolNumber: '2026/000007' } } as const
    const context = { recipient: { givenName: 'Marco', familyName: 'Valente', email: null }, publicUrl: new URL(portal.origin) }
    receiver.answerWith(201)
    expect(await createPushChannel()(t.payload, target, notification, context)).toEqual({ outcome: 'sent' })
    expect(JSON.parse(decryptWebPush(receiver.received.at(-1)!.body, browser.browser, browser.authSecret).toString()).title).toContain('Mensa scolastica')
    expect((await t.payload.findByID({ collection: 'push-subscriptions', id })).lastSuccessAt).toBeTruthy()
    receiver.answerWith(410)
    expect(await createPushChannel()(t.payload, target, notification, context)).toMatchObject({ outcome: 'gone' })
    expect((await state(marco)).subscriptions).toEqual([])
  })
})
