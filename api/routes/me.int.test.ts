import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { dispatchNotification } from '../../cms/notifications/dispatch'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { hotReads } from '../data/hotReads'
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

const patch = (cookie: string, body: unknown, headers: Record<string, string> = {}) =>
  portal.app.request('/api/me/contacts', {
    method: 'PATCH',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { cookie, origin: portal.origin, 'content-type': 'application/json', ...headers },
  })
const profile = async (cookie: string) => (await (await portal.app.request('/api/me', { headers: { cookie } })).json()) as Record<string, any>
const waitForMail = async (to: string) => {
  for (let i = 0; i < 50; i++) {
    const found = portal.inbox.find((m) => m.to.includes(to))
    if (found) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`nessuna email per ${to}`)
}

describe('I miei dati: what the identity provider vouches for', () => {
  it('gives the place of birth by name, never its cadastral code', async () => {
    // Giovanna Caputo's identity says B180, the code of Brindisi.
    expect((await profile(giovanna)).birthPlace).toBe('Brindisi (BR)')
    // …and so does the admin's "Cittadini", for the clerk.
    const { docs } = await t.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: 'CPTGNN85C54B180W' } } })
    expect(docs[0]).toMatchObject({ birthPlace: 'B180', birthPlaceName: 'Brindisi (BR)' })
  })
})

describe('I miei dati: one read for the session and the profile', () => {
  it('answers /api/me and /api/session from the session’s statement, with no second read of the citizen, and sees a change at once', async () => {
    const byId = vi.spyOn(hotReads(t.payload)!, 'citizenProfile')
    try {
      expect(await profile(marco)).toMatchObject({ fiscalCode: 'VLNMRC79H03B180T', givenName: 'Marco' })
      const session = await (await portal.app.request('/api/session', { headers: { cookie: marco } })).json()
      expect(session).toEqual({ authenticated: true, name: 'Marco Valente' })
      expect(byId).not.toHaveBeenCalled()
      expect((await patch(marco, { city: 'Mesagne' })).status).toBe(200)
      expect((await profile(marco)).contacts).toMatchObject({ city: 'Mesagne' })
      // Each citizen sees their own row: the join is on the session's citizen.
      expect((await profile(giovanna)).fiscalCode).toBe('CPTGNN85C54B180W')
    } finally {
      byId.mockRestore()
    }
  })
})

describe('I miei dati: contact data', () => {
  it('saves a new phone, address and channel', async () => {
    const res = await patch(giovanna, { phone: '+39 333 1234567', address: 'Via Roma 10', postalCode: '72100', city: 'Brindisi', preferredChannel: 'sms' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect((await res.json()).contacts).toMatchObject({ phone: '+39 333 1234567', address: 'Via Roma 10', postalCode: '72100', city: 'Brindisi', preferredChannel: 'sms' })
  })

  it.each([
    ['email', { email: 'non-una-email' }, 'Indirizzo email non valido.'],
    ['phone', { phone: '12ab' }, 'Numero di telefono non valido'],
    ['address', { address: 'x'.repeat(201) }, 'L’indirizzo può avere al massimo 200 caratteri.'],
    ['postalCode', { postalCode: '7210' }, 'Il CAP è composto da 5 cifre.'],
    ['city', { city: 'B' }, 'Nome del comune troppo breve.'],
    ['preferredChannel', { preferredChannel: 'piccione' }, 'Canale di comunicazione non valido.'],
    ['fiscalCode', { fiscalCode: 'VLNMRC79H03B180T' }, 'Campo non modificabile: fiscalCode.'],
  ])('refuses a bad %s with an Italian message and changes nothing', async (field, body, message) => {
    const before = await profile(giovanna)
    const res = await patch(giovanna, body)
    expect(res.status).toBe(422)
    const { error } = (await res.json()) as { error: { code: string; fields: { field: string; message: string }[] } }
    expect(error.code).toBe('validation')
    expect(error.fields.some((f) => f.message.startsWith(message))).toBe(true)
    expect(await profile(giovanna)).toEqual(before)
    void field
  })

  it('refuses a channel it cannot reach: SMS without a phone', async () => {
    const res = await patch(marco, { phone: '', preferredChannel: 'sms' })
    expect(res.status).toBe(422)
    expect(JSON.stringify(await res.json())).toContain('Per ricevere SMS indica un numero di telefono.')
  })

  it('answers malformed JSON with 400 and a non-JSON body with 415', async () => {
    expect((await patch(giovanna, '{"phone":')).status).toBe(400)
    const form = await patch(giovanna, 'phone=123', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(form.status).toBe(415)
    expect(((await form.json()) as { error: { message: string } }).error.message).toBe('La richiesta deve essere in formato JSON.')
  })

  it('refuses changes from another site or without a session', async () => {
    expect((await patch(giovanna, { city: 'Lecce' }, { origin: 'https://malevolo.example' })).status).toBe(403)
    expect((await patch('', { city: 'Lecce' })).status).toBe(401)
    expect((await profile(giovanna)).contacts.city).toBe('Brindisi')
  })

  it('changes only the logged-in citizen: another citizen’s session never reaches these data', async () => {
    await patch(marco, { city: 'Mesagne' })
    expect((await profile(giovanna)).contacts.city).toBe('Brindisi')
    expect((await profile(marco)).fiscalCode).toBe('VLNMRC79H03B180T')
    expect((await profile(marco)).contacts.city).toBe('Mesagne')
  })
})

describe('changing the contact email', () => {
  it('applies a new email only after the link sent to it is opened, once', async () => {
    const res = await patch(giovanna, { email: 'Giovanna.Nuova@example.it' })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.pendingEmail).toBe('giovanna.nuova@example.it')
    expect(body.contacts.email).not.toBe('giovanna.nuova@example.it')

    const mail = await waitForMail('giovanna.nuova@example.it')
    expect(mail.subject).toContain('Conferma il tuo indirizzo email')
    const link = new URL(mail.text.match(/http\S+conferma\?token=\S+/)![0])
    const opened = await portal.app.request(`${link.pathname}${link.search}`)
    expect(opened.headers.get('location')).toBe('/area-personale/?email=confermata')
    expect(await profile(giovanna)).toMatchObject({ pendingEmail: null, contacts: { email: 'giovanna.nuova@example.it' } })

    const again = await portal.app.request(`${link.pathname}${link.search}`)
    expect(again.headers.get('location')).toBe('/area-personale/?email=non-valida')
  })

  it('refuses an expired or made-up link', async () => {
    await patch(marco, { email: 'marco.nuovo@example.it' })
    const mail = await waitForMail('marco.nuovo@example.it')
    const link = new URL(mail.text.match(/http\S+conferma\?token=\S+/)![0])
    const { docs } = await t.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: 'VLNMRC79H03B180T' } } })
    await t.payload.update({ collection: 'citizens', id: docs[0]!.id, data: { pendingEmail: { ...docs[0]!.pendingEmail, expiresAt: new Date(Date.now() - 1000).toISOString() } } })
    expect((await portal.app.request(`${link.pathname}${link.search}`)).headers.get('location')).toBe('/area-personale/?email=non-valida')
    expect((await profile(marco)).contacts.email).not.toBe('marco.nuovo@example.it')
    expect((await portal.app.request('/api/me/email/conferma?token=inventato-di-sana-pianta-123')).headers.get('location')).toBe('/area-personale/?email=non-valida')
  })
})

const getPreferences = async (cookie: string) => portal.app.request('/api/me/notifiche', { headers: { cookie } })
const putPreferences = async (cookie: string, body: unknown) =>
  portal.app.request('/api/me/notifiche', { method: 'PUT', body: JSON.stringify(body), headers: { cookie, origin: portal.origin, 'content-type': 'application/json' } })
type View = { events: { event: string; label: string; channels: string[] }[] }
const channelsOf = (view: View, event: string) => view.events.find((e) => e.event === event)?.channels

describe('Notifiche: the citizen’s channels per event', () => {
  it('starts with every channel for every event, privately', async () => {
    const res = await getPreferences(giovanna)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const view = (await res.json()) as View
    expect(view.events).toHaveLength(10)
    expect(channelsOf(view, 'pagamento-dovuto')).toEqual(['email', 'push', 'io'])
  })

  it('saves the choice of the events sent, keeps the others, and the dispatcher honours it', async () => {
    const res = await putPreferences(giovanna, { events: [{ event: 'pagamento-dovuto', channels: ['io', 'io'] }, { event: 'cambio-stato', channels: [] }] })
    expect(res.status).toBe(200)
    const view = (await res.json()) as View
    expect(channelsOf(view, 'pagamento-dovuto')).toEqual(['io'])
    expect(channelsOf(view, 'cambio-stato')).toEqual([])
    expect(channelsOf(view, 'domanda-ricevuta')).toEqual(['email', 'push', 'io'])
    expect(channelsOf((await (await getPreferences(giovanna)).json()) as View, 'pagamento-dovuto')).toEqual(['io'])
    // Someone else's choices are their own.
    expect(channelsOf((await (await getPreferences(marco)).json()) as View, 'pagamento-dovuto')).toEqual(['email', 'push', 'io'])

    const { docs } = await t.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: 'CPTGNN85C54B180W' } }, depth: 0 })
    await dispatchNotification(t.payload, { notification: { kind: 'payment-due', data: { description: 'TARI', amountCents: 100, noticeNumber: '301000000000000001', dueDate: null, payeeFiscalCode: '00081490748' } }, to: { citizen: docs[0]! } })
    const rows = await t.payload.find({ collection: 'notification-deliveries', where: { citizen: { equals: docs[0]!.id } }, depth: 0 })
    expect(rows.docs.map((r) => r.channel).sort()).toEqual(['desk', 'io'])
  })

  it('refuses an unknown event or channel with an Italian 422, and a visitor with 401', async () => {
    const channel = await putPreferences(giovanna, { events: [{ event: 'pagamento-dovuto', channels: ['sms'] }] })
    expect(channel.status).toBe(422)
    expect(JSON.stringify(await channel.json())).toContain('Canale sconosciuto')
    const event = await putPreferences(giovanna, { events: [{ event: 'lotteria', channels: ['email'] }] })
    expect(event.status).toBe(422)
    expect(JSON.stringify(await event.json())).toContain('Evento sconosciuto')
    expect((await putPreferences(giovanna, { events: [], altro: 1 })).status).toBe(422)
    expect((await getPreferences('')).status).toBe(401)
    expect((await putPreferences('', { events: [] })).status).toBe(401)
  })
})
