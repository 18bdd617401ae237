import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dispatchNotification } from '../../cms/notifications/dispatch'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { startPortalWithLogin, type PortalWithLogin } from '../testing/portalWithLogin'

let t: TestPayload
let portal: PortalWithLogin
let giovanna: string
let marco: string

beforeAll(async () => {
  t = await startTestPayload()
  portal = await startPortalWithLogin(t)
  giovanna = (await portal.logIn('CPTGNN85C54B180W')).cookie
  marco = (await portal.logIn('VLNMRC79H03B180T')).cookie
})
afterAll(async () => {
  await portal?.close()
  await t?.cleanup()
})

const get = async (cookie: string) => portal.app.request('/api/me/notifiche', { headers: { cookie } })
const put = async (cookie: string, body: unknown) =>
  portal.app.request('/api/me/notifiche', { method: 'PUT', body: JSON.stringify(body), headers: { cookie, origin: portal.origin, 'content-type': 'application/json' } })
type View = { events: { event: string; label: string; channels: string[] }[] }
const channelsOf = (view: View, event: string) => view.events.find((e) => e.event === event)?.channels

describe('Notifiche: the citizen’s channels per event', () => {
  it('starts with every channel for every event, privately', async () => {
    const res = await get(giovanna)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const view = (await res.json()) as View
    expect(view.events).toHaveLength(10)
    expect(channelsOf(view, 'pagamento-dovuto')).toEqual(['email', 'push', 'io'])
  })

  it('saves the choice of the events sent, keeps the others, and the dispatcher honours it', async () => {
    const res = await put(giovanna, { events: [{ event: 'pagamento-dovuto', channels: ['io', 'io'] }, { event: 'cambio-stato', channels: [] }] })
    expect(res.status).toBe(200)
    const view = (await res.json()) as View
    expect(channelsOf(view, 'pagamento-dovuto')).toEqual(['io'])
    expect(channelsOf(view, 'cambio-stato')).toEqual([])
    expect(channelsOf(view, 'domanda-ricevuta')).toEqual(['email', 'push', 'io'])
    expect(channelsOf((await (await get(giovanna)).json()) as View, 'pagamento-dovuto')).toEqual(['io'])
    // Someone else's choices are their own.
    expect(channelsOf((await (await get(marco)).json()) as View, 'pagamento-dovuto')).toEqual(['email', 'push', 'io'])

    const { docs } = await t.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: 'CPTGNN85C54B180W' } }, depth: 0 })
    await dispatchNotification(t.payload, { notification: { kind: 'payment-due', data: { description: 'TARI', amountCents: 100, noticeNumber: '301000000000000001', dueDate: null, payeeFiscalCode: '00081490748' } }, to: { citizen: docs[0]! } })
    const rows = await t.payload.find({ collection: 'notification-deliveries', where: { citizen: { equals: docs[0]!.id } }, depth: 0 })
    expect(rows.docs.map((r) => r.channel).sort()).toEqual(['desk', 'io'])
  })

  it('refuses an unknown event or channel with an Italian 422, and a visitor with 401', async () => {
    const channel = await put(giovanna, { events: [{ event: 'pagamento-dovuto', channels: ['sms'] }] })
    expect(channel.status).toBe(422)
    expect(JSON.stringify(await channel.json())).toContain('Canale sconosciuto')
    const event = await put(giovanna, { events: [{ event: 'lotteria', channels: ['email'] }] })
    expect(event.status).toBe(422)
    expect(JSON.stringify(await event.json())).toContain('Evento sconosciuto')
    expect((await put(giovanna, { events: [], altro: 1 })).status).toBe(422)
    expect((await get('')).status).toBe(401)
    expect((await put('', { events: [] })).status).toBe(401)
  })
})
