// PostgreSQL restarted in the middle of a load of submissions: the portal (never restarted) answers
// what it cannot do meanwhile with an Italian 503 and Retry-After, never a 500 or a hang, reconnects
// by itself, and the applications sent again with the same Idempotency-Key (as the desk does) end up
// registered exactly once each, with the protocol number the citizen was given. A PostgreSQL cluster
// of this test's own on a free port (the shared server must never stop), whatever SPORTELLO_TEST_DB
// says; a real HTTP server on loopback.
import type { AddressInfo } from 'node:net'

import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startOwnPostgres } from '../cms/testing/ownPostgres'
import { startTestPayload, type TestPayload } from '../cms/testing/testPayload'
import { fiscalCodeCheckChar } from './auth/fiscalCode'
import { sessionCookieName } from './auth/sessionCookie'
import { createSession } from './auth/sessions'
import { createStores } from './data/stores'
import { freePort } from './testing/freePort'
import { startPortalWithLogin, type PortalWithLogin } from './testing/portalWithLogin'
import { createPracticeFixtures, samplePdf } from './testing/practiceFixtures'

const citizensCount = 24
const concurrency = 4
/** Longer than any answer may take: a request never waits this long for a database that is away. */
const hangBoundMs = 15_000
/** What a bare 500 would show: an exception's name, stack frames, files of the server. */
const internals = /Error:|\n\s*at |node_modules|\/work\/|\.ts:\d|\.js:\d|stack|ECONNREFUSED|terminating connection/

let postgres: Awaited<ReturnType<typeof startOwnPostgres>>
let t: TestPayload
let portal: PortalWithLogin
let server: ServerType
let base: string

beforeAll(async () => {
  postgres = await startOwnPostgres(await freePort())
  t = await startTestPayload({ postgresUrl: postgres.url })
  portal = await startPortalWithLogin(t, { SPORTELLO_MAX_IN_FLIGHT: '1000' })
  base = await new Promise<string>((resolve) => {
    server = serve({ fetch: portal.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`))
  })
}, 120_000)
afterAll(async () => {
  server?.close()
  if (server && 'closeAllConnections' in server) server.closeAllConnections()
  await portal?.close()
  await t?.cleanup()
  await postgres?.remove()
  vi.restoreAllMocks()
})

const call = (cookie: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => fetch(`${base}${path}`, {
  method, headers: { cookie, origin: portal.origin, accept: 'application/json', ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}), ...headers },
  body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body), signal: AbortSignal.timeout(hangBoundMs),
})

/** Citizens, each logged in, each with a complete draft and the Idempotency-Key their desk made for it. */
async function readyDrafts(suffix: string, birthMonth: string) {
  const f = await createPracticeFixtures(t.payload, suffix)
  const stores = createStores(t.payload)
  const pdf = await samplePdf()
  const drafts = []
  for (let i = 0; i < citizensCount; i++) {
    const first15 = `RSSMRA80${birthMonth}${String(i + 1).padStart(2, '0')}B180`
    const fiscalCode = first15 + fiscalCodeCheckChar(first15)
    const citizen = await t.payload.create({ collection: 'citizens', data: { fiscalCode, givenName: 'Maria', familyName: 'Rossi', contacts: { email: `cittadina-${i + 1}@example.it` } }, overrideAccess: true })
    const { token } = await createSession(stores.sessions, citizen.id, 'spid')
    const cookie = `${sessionCookieName({ secure: false })}=${token}`
    const draft = (await (await call(cookie, 'POST', '/api/me/pratiche', { service: f.service.slug })).json()) as { id: number; version: number }
    const form = new FormData()
    form.set('slot', 'identity')
    form.set('file', new File([Buffer.from(pdf)], 'carta.pdf'))
    expect((await call(cookie, 'POST', `/api/me/pratiche/${draft.id}/allegati`, form)).status).toBe(201)
    const filled = await call(cookie, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: { givenName: 'Maria', fiscalCode, email: `cittadina-${i + 1}@example.it`, kind: 'nuovo', accept: true } })
    expect(filled.status).toBe(200)
    const { version } = (await filled.json()) as { version: number }
    drafts.push({ id: draft.id, version, cookie, key: crypto.randomUUID() })
  }
  return drafts
}

type Outcome = { protocolNumber: string; attempts: number }

/**
 * Every draft submitted, `concurrency` at a time, each sent again with the same key until it is
 * acknowledged, as the desk does; `outage` runs once a third are acknowledged, while the others keep
 * being sent. Answers other than 200 and the Italian 503 (a 500, a hang, another error) are collected.
 */
async function submitThrough(drafts: Awaited<ReturnType<typeof readyDrafts>>, outage: () => Promise<void>) {
  const outcomes = new Map<number, Outcome>()
  const unexpected: string[] = []
  let unavailable = 0
  let outageDone: Promise<void> | null = null
  let next = 0
  const submitOne = async (d: (typeof drafts)[number]) => {
    for (let attempt = 1; attempt <= 200; attempt++) {
      try {
        const res = await call(d.cookie, 'POST', `/api/me/pratiche/${d.id}/invio`, { version: d.version, privacyAccepted: true }, { 'idempotency-key': d.key })
        const text = await res.text()
        if (res.status === 200) {
          const body = JSON.parse(text) as { status: string; protocolNumber: string }
          if (body.status !== 'presentata') unexpected.push(`pratica ${d.id}: 200 con stato ${body.status}`)
          outcomes.set(d.id, { protocolNumber: body.protocolNumber, attempts: attempt })
          return
        }
        if (res.status === 503 && Number(res.headers.get('retry-after')) > 0 && !internals.test(text)
          && JSON.parse(text).error?.code === 'unavailable' && /^Il servizio non è disponibile/.test(JSON.parse(text).error.message)) unavailable++
        else unexpected.push(`pratica ${d.id}: ${res.status} ${text.slice(0, 300)}`)
      } catch (error) {
        unexpected.push(`pratica ${d.id}: ${(error as Error).name} ${(error as Error).message}`)
      }
      // The desk waits a little before sending again (shorter than Retry-After, to keep the test quick).
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    unexpected.push(`pratica ${d.id}: mai confermata`)
  }
  let acknowledgedAtOutage = -1
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < drafts.length) {
      await submitOne(drafts[next++]!)
      if (!outageDone && outcomes.size >= Math.ceil(drafts.length / 3)) {
        acknowledgedAtOutage = outcomes.size
        outageDone = outage()
      }
    }
  }))
  await outageDone
  return { outcomes, unexpected, unavailable, acknowledgedAtOutage }
}

/** Reads the register, the applications and their histories back: each acknowledged once, with its number. */
async function expectRegisteredOnce(drafts: { id: number }[], outcomes: Map<number, Outcome>) {
  const ids = drafts.map((d) => d.id)
  const all = { depth: 0, pagination: false, limit: 0, overrideAccess: true } as const
  const practices = (await t.payload.find({ collection: 'practices', where: { id: { in: ids } }, ...all })).docs
  const register = (await t.payload.find({ collection: 'protocol-register', where: { practice: { in: ids } }, ...all })).docs
  const events = (await t.payload.find({ collection: 'practice-events', where: { and: [{ practice: { in: ids } }, { kind: { equals: 'presentata' } }] }, ...all })).docs
  const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)
  expect(outcomes.size).toBe(ids.length)
  for (const id of ids) {
    const acknowledged = outcomes.get(id)!.protocolNumber
    expect(practices.find((p) => p.id === id), `pratica ${id}`).toMatchObject({ status: 'presentata', protocolNumber: acknowledged })
    expect(register.filter((r) => idOf(r.practice) === id).map((r) => r.protocolNumber), `registro, pratica ${id}`).toEqual([acknowledged])
    expect(events.filter((e) => idOf(e.practice) === id), `eventi, pratica ${id}`).toHaveLength(1)
  }
  expect(new Set([...outcomes.values()].map((o) => o.protocolNumber)).size).toBe(ids.length)
  const everyNumber = (await t.payload.find({ collection: 'protocol-register', ...all })).docs.map((r) => r.protocolNumber)
  expect(new Set(everyNumber).size).toBe(everyNumber.length)
}

describe('PostgreSQL away under load', () => {
  it.each([
    ['restarted (fast shutdown)', 'riavvio', 'A', () => postgres.restart()],
    ['crashed (postmaster killed) and started again', 'crash', 'B', () => postgres.crash()],
  ])('%s: answers an Italian 503 meanwhile, reconnects by itself, and registers every application once with the number it acknowledged', async (_, suffix, birthMonth, outage) => {
    const drafts = await readyDrafts(suffix, birthMonth)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { outcomes, unexpected, unavailable, acknowledgedAtOutage } = await submitThrough(drafts, outage)
    // A 500 would have logged the unexpected error; the log names error codes only, never a citizen.
    expect(errors.mock.calls.filter((args) => String(args[0]).startsWith('[api]'))).toEqual([])
    const logged = warnings.mock.calls.map((args) => args.join(' ')).join('\n')
    expect(logged).toContain('[api] database non raggiungibile: risposta 503')
    expect(logged).not.toMatch(/RSSMRA|cittadina-/)
    errors.mockRestore()
    warnings.mockRestore()

    expect(unexpected).toEqual([])
    // The restart came in the middle: some were acknowledged before, some after.
    expect(acknowledgedAtOutage).toBeGreaterThan(0)
    expect(acknowledgedAtOutage).toBeLessThan(drafts.length)
    // Some met the database away and were told so, in Italian, with Retry-After.
    expect(unavailable).toBeGreaterThan(0)
    await expectRegisteredOnce(drafts, outcomes)
    // The same portal, never restarted, is connected again: a citizen reads her application.
    const read = await call(drafts[0]!.cookie, 'GET', `/api/me/pratiche/${drafts[0]!.id}`)
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ status: 'presentata', protocolNumber: outcomes.get(drafts[0]!.id)!.protocolNumber })
  }, 120_000)
})
