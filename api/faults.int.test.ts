// Faults the portal must survive, each caused under load: the identity provider down, the SMTP server down.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { startTestMailbox, type TestMailbox } from '../cms/testing/testMailbox'
import { runNotifications } from '../cms/testing/runNotifications'
import { startTestPayload, type TestPayload } from '../cms/testing/testPayload'
import { deliverTaskSlug, notificationQueue } from '../cms/notifications/delivery/queue'
import { fiscalCodeCheckChar } from './auth/fiscalCode'
import { sessionCookieName } from './auth/sessionCookie'
import { createSession } from './auth/sessions'
import { createStores } from './data/stores'
import { logInWithTestIdentity, TestBrowser } from './standins/identityProvider/testBrowser'
import { startPortalWithLogin, type PortalWithLogin } from './testing/portalWithLogin'
import { createPracticeFixtures, samplePdf } from './testing/practiceFixtures'

const GIOVANNA = 'CPTGNN85C54B180W'
const MARCO = 'VLNMRC79H03B180T'
let t: TestPayload
let portal: PortalWithLogin
let mailbox: TestMailbox

beforeAll(async () => {
  // The CMS's SMTP server (the notification queue's email) is this mailbox, at an address a restart keeps.
  mailbox = await startTestMailbox()
  process.env.SPORTELLO_SMTP_URL = mailbox.smtpUrl
  t = await startTestPayload()
  portal = await startPortalWithLogin(t)
  // One page of the static site, served from the folder the portal is given.
  mkdirSync(path.join(t.dataDir, 'area-personale'), { recursive: true })
  writeFileSync(path.join(t.dataDir, 'area-personale', 'index.html'), '<!doctype html><title>Area personale</title><h1>La tua area personale</h1>')
}, 120_000)
afterAll(async () => {
  await portal?.close()
  await mailbox?.close()
  await t?.cleanup()
})
afterEach(() => void vi.restoreAllMocks())

const get = (path: string, headers: Record<string, string> = {}) => portal.app.request(path, { headers })
/** What a bare 500 would show: an exception's name, stack frames, files of the server. */
const internals = /Error:|\n\s*at |node_modules|\/work\/|\.ts:\d|\.js:\d|stack/
/** The portal keeps serving what does not need the faulty service: liveness and a static page. */
const otherRequests = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? get('/api/health/live') : get('/area-personale/')))
const expectServed = async (responses: Response[]) => {
  for (const res of responses) expect(res.status, res.url).toBe(200)
  const page = responses.find((res) => res.headers.get('content-type')?.includes('text/html'))
  expect(await page?.text()).toContain('La tua area personale')
}

describe('the identity provider down', () => {
  it('answers every citizen in Italian, without internals, keeps serving, and logs citizens in again once the provider is back', async () => {
    const callback = `${portal.origin}/api/auth/callback`
    // Forty citizens went through the provider while it was up: each is on the way back with a code.
    const onTheWayBack = await Promise.all(Array.from({ length: 40 }, async (_, i) => {
      const start = await get('/api/auth/login?via=spid')
      expect(start.status).toBe(302)
      const loginCookie = start.headers.getSetCookie().find((c) => c.startsWith('sportello_accesso='))!.split(';')[0]!
      const atCallback = await logInWithTestIdentity(new TestBrowser(callback), new URL(start.headers.get('location')!), i % 2 ? GIOVANNA : MARCO)
      return { loginCookie, path: `${atCallback.url.pathname}${atCallback.url.search}` }
    }))
    expect(onTheWayBack.every((c) => new URL(c.path, portal.origin).searchParams.has('code'))).toBe(true)
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await portal.idp.close()

    // Their callbacks cannot exchange the code: each goes back to the desk, which says in Italian that the login failed.
    const [callbacks, duringCallbacks] = await Promise.all([
      Promise.all(onTheWayBack.map((c) => get(c.path, { cookie: c.loginCookie, accept: 'text/html' }))),
      Promise.all(otherRequests(30)),
    ])
    for (const res of callbacks) {
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe('/area-personale/?accesso=errore')
      expect(res.headers.getSetCookie().some((c) => /sportello_sessione=[^;]/.test(c))).toBe(false)
      expect(await res.text()).not.toMatch(internals)
    }
    await expectServed(duringCallbacks)

    // Sixty citizens press "Accedi" meanwhile: a 503 in Italian at once, as a page for a browser and as JSON for the desk's script.
    const [logins, duringLogins] = await Promise.all([
      Promise.all(Array.from({ length: 60 }, (_, i) => get(`/api/auth/login?via=${i % 3 ? 'spid' : 'cie'}&ritorno=%2Farea-personale%2F`, { accept: i % 2 ? 'text/html' : 'application/json' }))),
      Promise.all(otherRequests(30)),
    ])
    for (const [i, res] of logins.entries()) {
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('60')
      expect(res.headers.get('location')).toBeNull()
      const body = await res.text()
      expect(body).toContain('Il servizio di accesso SPID/CIE non risponde. Riprova tra qualche minuto.')
      expect(body).not.toMatch(internals)
      if (i % 2) expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      else expect(JSON.parse(body)).toEqual({ error: { code: 'unavailable', message: 'Il servizio di accesso SPID/CIE non risponde. Riprova tra qualche minuto.' } })
    }
    await expectServed(duringLogins)

    // The log says what failed, never who: no fiscal code, no code or state of a login.
    const logged = warnings.mock.calls.map((args) => args.join(' ')).join('\n')
    expect(logged).toContain('[accesso] provider di identità non raggiungibile')
    expect(logged).toContain('[accesso] login non riuscito')
    for (const secret of [GIOVANNA, MARCO, ...onTheWayBack.map((c) => new URL(c.path, portal.origin).searchParams.get('code')!)]) expect(logged).not.toContain(secret)
    warnings.mockRestore()

    // The provider comes back at the same address, with new keys: a citizen logs in end to end.
    await portal.restartIdentityProvider()
    const { cookie, location } = await portal.logIn(GIOVANNA)
    expect(location).toBe('/area-personale/')
    const me = await get('/api/me', { cookie })
    expect(me.status).toBe(200)
    expect(await me.json()).toMatchObject({ fiscalCode: GIOVANNA })
  }, 120_000)
})

describe('the SMTP server down', () => {
  it('takes every application submitted meanwhile, keeps the emails for later, and delivers each exactly once when the server is back', async () => {
    const f = await createPracticeFixtures(t.payload, 'guasti')
    const stores = createStores(t.payload)
    // Thirty citizens with their own address, each logged in.
    const citizens = await Promise.all(Array.from({ length: 30 }, async (_, i) => {
      const first15 = `RSSMRA80A${String(i + 1).padStart(2, '0')}B180`
      const fiscalCode = first15 + fiscalCodeCheckChar(first15)
      const email = `cittadino-${i + 1}@example.it`
      const citizen = await t.payload.create({ collection: 'citizens', data: { fiscalCode, givenName: 'Maria', familyName: 'Rossi', contacts: { email } }, overrideAccess: true })
      const { token } = await createSession(stores.sessions, citizen.id, 'spid')
      return { id: citizen.id, fiscalCode, email, cookie: `${sessionCookieName({ secure: false })}=${token}` }
    }))
    const call = (cookie: string, method: string, path: string, body?: unknown) => portal.app.request(path, {
      method, headers: { cookie, origin: portal.origin, ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    })
    const pdf = await samplePdf()
    const drafts = []
    for (const c of citizens) {
      const draft = (await (await call(c.cookie, 'POST', '/api/me/pratiche', { service: f.service.slug })).json()) as { id: number; version: number }
      const form = new FormData()
      form.set('slot', 'identity')
      form.set('file', new File([Buffer.from(pdf)], 'carta.pdf'))
      expect((await call(c.cookie, 'POST', `/api/me/pratiche/${draft.id}/allegati`, form)).status).toBe(201)
      const filled = await call(c.cookie, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: { givenName: 'Maria', fiscalCode: c.fiscalCode, email: c.email, kind: 'nuovo', accept: true } })
      expect(filled.status).toBe(200)
      drafts.push({ ...c, draft: (await filled.json()) as { id: number; version: number } })
    }

    const smtpPort = Number(new URL(mailbox.smtpUrl).port)
    await mailbox.close()
    // All thirty submit at once while no mail can leave: each is registered, with its own protocol number.
    const responses = await Promise.all(drafts.map((d) => call(d.cookie, 'POST', `/api/me/pratiche/${d.draft.id}/invio`, { version: d.draft.version, privacyAccepted: true })))
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(200))
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { id: number; status: string; protocolNumber: string }[]
    expect(bodies.map((b) => b.status)).toEqual(Array(30).fill('presentata'))
    expect(new Set(bodies.map((b) => b.protocolNumber)).size).toBe(30)
    for (const [i, d] of drafts.entries()) {
      const stored = await t.payload.findByID({ collection: 'practices', id: d.draft.id, depth: 0, overrideAccess: true })
      expect(stored).toMatchObject({ status: 'presentata', protocolNumber: bodies[i]!.protocolNumber })
    }

    // The queue runs with the server down: every email waits for another try, none is lost or given up.
    await runNotifications(t.payload)
    const emailsOf = async () => (await t.payload.find({
      collection: 'notification-deliveries', where: { and: [{ kind: { equals: 'practice-submitted' } }, { channel: { equals: 'email' } }, { citizen: { in: citizens.map((c) => c.id) } }] }, pagination: false, depth: 0, overrideAccess: true,
    })).docs
    const waiting = await emailsOf()
    expect(waiting).toHaveLength(30)
    for (const row of waiting) {
      expect(row).toMatchObject({ status: 'in-riprova', attempts: 1, lastError: expect.stringMatching(/^Server di posta non raggiungibile/) })
      expect(row.nextAttemptAt).toBeTruthy()
    }

    // The server is back at the same address; the retries' wait is over (as it would be 30 s later) and the queue runs.
    mailbox = await startTestMailbox({ port: smtpPort })
    const { docs: retries } = await t.payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: deliverTaskSlug } }, { queue: { equals: notificationQueue } }, { completedAt: { exists: false } }] }, pagination: false, depth: 0 })
    expect(retries.length).toBeGreaterThanOrEqual(30)
    for (const job of retries) await t.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() }, depth: 0 })
    await runNotifications(t.payload)
    await runNotifications(t.payload)

    for (const [i, c] of citizens.entries()) {
      expect(mailbox.to(c.email).map((m) => m.subject), c.email).toEqual([`Ricevuta: domanda «Contrassegno di prova» protocollo ${bodies[i]!.protocolNumber}`])
    }
    const delivered = await emailsOf()
    expect(delivered.map((row) => [row.status, row.attempts])).toEqual(Array(30).fill(['inviata', 2]))
  }, 180_000)
})
