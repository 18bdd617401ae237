// PostgreSQL restarted (or crashed) in the middle of a load: the portal (never restarted) answers
// what it cannot do meanwhile with an Italian 503 and Retry-After, never a 500 or a hang, reconnects
// by itself, and what clients send again — applications with the same Idempotency-Key (as the desk
// does), bookings with the same requestKey (as the booking form does), pagoPA receipts (the node
// resends until it gets a 200) — ends up recorded exactly once each, as it was acknowledged. A
// PostgreSQL cluster of this test's own on a free port (the shared server must never stop),
// whatever SPORTELLO_TEST_DB says; a real HTTP server on loopback.
import type { AddressInfo } from 'node:net'

import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { closedBecause } from '../cms/appointments/closedDays'
import { addDays, romeDay } from '../cms/appointments/romeTime'
import { createAppointmentFixtures } from '../cms/appointments/testFixtures'
import { startOwnPostgres } from '../cms/testing/ownPostgres'
import { startTestPayload, type TestPayload } from '../cms/testing/testPayload'
import { fiscalCodeCheckChar } from './auth/fiscalCode'
import { sessionCookieName } from './auth/sessionCookie'
import { createSession } from './auth/sessions'
import { createStores } from './data/stores'
import { receiptFor } from './standins/pagopa/app'
import { freePort } from './testing/freePort'
import { startPortalWithPayments, type PortalWithPayments } from './testing/portalWithPayments'
import { createPracticeFixtures, samplePdf } from './testing/practiceFixtures'

const citizensCount = 24
/** Applications submitted at once (each holds the register's number for a moment). */
const concurrency = 4
/** Bookings and receipts sent at once. */
const concurrentClients = 16
/** Longer than any answer may take: a request never waits this long for a database that is away. */
const hangBoundMs = 15_000
/** What a bare 500 would show: an exception's name, stack frames, files of the server. */
const internals = /Error:|\n\s*at |node_modules|\/work\/|\.ts:\d|\.js:\d|stack|ECONNREFUSED|terminating connection/

let postgres: Awaited<ReturnType<typeof startOwnPostgres>>
let t: TestPayload
let portal: PortalWithPayments
let server: ServerType
let base: string

beforeAll(async () => {
  postgres = await startOwnPostgres(await freePort())
  t = await startTestPayload({ postgresUrl: postgres.url })
  portal = await startPortalWithPayments(t, { SPORTELLO_MAX_IN_FLIGHT: '1000' })
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

const all = { depth: 0, pagination: false, limit: 0, overrideAccess: true } as const
const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/** `citizensCount` citizens, each logged in; `birthMonth` (a month letter) keeps their codes apart from other tests' citizens. */
async function loggedInCitizens(birthMonth: string) {
  const stores = createStores(t.payload)
  const citizens = []
  for (let i = 0; i < citizensCount; i++) {
    const first15 = `RSSMRA80${birthMonth}${String(i + 1).padStart(2, '0')}B180`
    const fiscalCode = first15 + fiscalCodeCheckChar(first15)
    const email = `cittadina-${birthMonth}${i + 1}@example.it`
    const citizen = await t.payload.create({ collection: 'citizens', data: { fiscalCode, givenName: 'Maria', familyName: 'Rossi', contacts: { email } }, overrideAccess: true })
    const { token } = await createSession(stores.sessions, citizen.id, 'spid')
    citizens.push({ id: citizen.id, fiscalCode, email, cookie: `${sessionCookieName({ secure: false })}=${token}` })
  }
  return citizens
}

/** Citizens, each logged in, each with a complete draft and the Idempotency-Key their desk made for it. */
async function readyDrafts(suffix: string, birthMonth: string) {
  const f = await createPracticeFixtures(t.payload, suffix)
  const pdf = await samplePdf()
  const drafts = []
  for (const { cookie, fiscalCode, email } of await loggedInCitizens(birthMonth)) {
    const draft = (await (await call(cookie, 'POST', '/api/me/pratiche', { service: f.service.slug })).json()) as { id: number; version: number }
    const form = new FormData()
    form.set('slot', 'identity')
    form.set('file', new File([Buffer.from(pdf)], 'carta.pdf'))
    expect((await call(cookie, 'POST', `/api/me/pratiche/${draft.id}/allegati`, form)).status).toBe(201)
    const filled = await call(cookie, 'PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data: { givenName: 'Maria', fiscalCode, email, kind: 'nuovo', accept: true } })
    expect(filled.status).toBe(200)
    const { version } = (await filled.json()) as { version: number }
    drafts.push({ id: draft.id, version, cookie, key: crypto.randomUUID() })
  }
  return drafts
}

type Outcome = { protocolNumber: string; attempts: number }

/** What the client does with an answer other than the Italian 503: keep it as acknowledged, send again, or neither (unexpected). */
const sendAgain = Symbol('sendAgain')
type Answer<A> = A | typeof sendAgain | null

/** The Italian 503 with Retry-After that says the database is away, with nothing of the server's insides. */
function isItalian503(res: Response, text: string): boolean {
  if (res.status !== 503 || !(Number(res.headers.get('retry-after')) > 0) || internals.test(text)) return false
  const error = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error
  return error?.code === 'unavailable' && /^Il servizio non è disponibile/.test(error.message ?? '')
}

/**
 * Every item sent, `concurrency` at a time, each sent again (as it was: same key) after a 503 or a
 * cut connection until `answer` acknowledges it, as a desk or the pagoPA node does; `outage` runs
 * once a third are acknowledged, while the others keep being sent. Answers other than the
 * acknowledgement, what `answer` sends again and the Italian 503 (a 500, a hang, another error) are
 * collected under the item's label (an id, never personal data).
 */
async function sendThrough<I, A>(items: I[], concurrency: number, label: (item: I) => string, send: (item: I) => Promise<Response>, answer: (item: I, res: Response, text: string) => Answer<A>, outage: () => Promise<void>) {
  const outcomes = new Map<I, A & { attempts: number }>()
  const unexpected: string[] = []
  let unavailable = 0
  let outageDone: Promise<void> | null = null
  let next = 0
  const sendOne = async (item: I) => {
    for (let attempt = 1; attempt <= 200; attempt++) {
      try {
        const res = await send(item)
        const text = await res.text()
        const answered = isItalian503(res, text) ? sendAgain : answer(item, res, text)
        if (res.status === 503 && answered === sendAgain) unavailable++
        else if (answered === null) unexpected.push(`${label(item)}: ${res.status} ${text.slice(0, 300)}`)
        else if (answered !== sendAgain) {
          outcomes.set(item, { ...answered, attempts: attempt })
          return
        }
      } catch (error) {
        unexpected.push(`${label(item)}: ${(error as Error).name} ${(error as Error).message}`)
      }
      // The client waits a little before sending again (shorter than Retry-After, to keep the test quick).
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    unexpected.push(`${label(item)}: mai confermata`)
  }
  let acknowledgedAtOutage = -1
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      await sendOne(items[next++]!)
      if (!outageDone && outcomes.size >= Math.ceil(items.length / 3)) {
        acknowledgedAtOutage = outcomes.size
        outageDone = outage()
      }
    }
  }))
  await outageDone
  return { outcomes, unexpected, unavailable, acknowledgedAtOutage }
}

/** Every draft submitted with its desk's Idempotency-Key until the application is acknowledged presented. */
const submitThrough = (drafts: Awaited<ReturnType<typeof readyDrafts>>, outage: () => Promise<void>) => sendThrough(drafts, concurrency, (d) => `pratica ${d.id}`,
  (d) => call(d.cookie, 'POST', `/api/me/pratiche/${d.id}/invio`, { version: d.version, privacyAccepted: true }, { 'idempotency-key': d.key }),
  (_, res, text): Answer<{ protocolNumber: string }> => {
    if (res.status !== 200) return null
    const body = JSON.parse(text) as { status: string; protocolNumber: string }
    return body.status === 'presentata' ? { protocolNumber: body.protocolNumber } : null
  }, outage)

/**
 * Runs `work` (a load through an outage) with the console watched: nothing reaches the log as an
 * unexpected error (a 500 would), the 503s are logged by code, and no citizen is named.
 */
async function expectOnly503sLogged<T>(work: () => Promise<T>): Promise<T> {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {})
  try {
    const result = await work()
    expect(errors.mock.calls.filter((args) => String(args[0]).startsWith('[api]'))).toEqual([])
    const logged = warnings.mock.calls.map((args) => args.join(' ')).join('\n')
    expect(logged).toContain('[api] database non raggiungibile: risposta 503')
    expect(logged).not.toMatch(/RSSMRA|cittadina-/)
    return result
  } finally {
    errors.mockRestore()
    warnings.mockRestore()
  }
}

/** The outage came in the middle of the load (some acknowledged before, some after), and some met it and were told so. */
function expectOutageMidway(run: { unexpected: string[]; unavailable: number; acknowledgedAtOutage: number }, total: number) {
  expect(run.unexpected).toEqual([])
  expect(run.acknowledgedAtOutage).toBeGreaterThan(0)
  expect(run.acknowledgedAtOutage).toBeLessThan(total)
  expect(run.unavailable).toBeGreaterThan(0)
}

/** Reads the register, the applications and their histories back: each acknowledged once, with its number. */
async function expectRegisteredOnce(drafts: { id: number }[], acknowledged: Map<{ id: number }, Outcome>) {
  const outcomes = new Map([...acknowledged].map(([d, outcome]) => [d.id, outcome]))
  const ids = drafts.map((d) => d.id)
  const practices = (await t.payload.find({ collection: 'practices', where: { id: { in: ids } }, ...all })).docs
  const register = (await t.payload.find({ collection: 'protocol-register', where: { practice: { in: ids } }, ...all })).docs
  const events = (await t.payload.find({ collection: 'practice-events', where: { and: [{ practice: { in: ids } }, { kind: { equals: 'presentata' } }] }, ...all })).docs
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

const outages = [
  ['restarted (fast shutdown)', 'riavvio', () => postgres.restart()],
  ['crashed (postmaster killed) and started again', 'crash', () => postgres.crash()],
] as const

describe('PostgreSQL away under load: applications', () => {
  it.each(outages.map(([name, suffix, outage], i) => [name, suffix, 'AB'[i]!, outage] as const))('%s: answers an Italian 503 meanwhile, reconnects by itself, and registers every application once with the number it acknowledged', async (_, suffix, birthMonth, outage) => {
    const drafts = await readyDrafts(suffix, birthMonth)
    const run = await expectOnly503sLogged(() => submitThrough(drafts, outage))
    expectOutageMidway(run, drafts.length)
    await expectRegisteredOnce(drafts, run.outcomes)
    // The same portal, never restarted, is connected again: a citizen reads her application.
    const read = await call(drafts[0]!.cookie, 'GET', `/api/me/pratiche/${drafts[0]!.id}`)
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ status: 'presentata', protocolNumber: run.outcomes.get(drafts[0]!)!.protocolNumber })
  }, 120_000)
})

// ——— bookings ———

const desks = 2
/** The slots offered: fewer seats than requests would leave some never booked; a few more, so they fill up and are fought over. */
const offeredSlots = 26
const bookingsPerCitizen = 2
const everyDay = ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({ weekday, from: '08:00', to: '20:00' }))

/** A calendar of two desks, its free slots on an open day ahead, and each citizen's requests (two each, the quota), each with the key its form made. */
async function readyBookings(suffix: string, birthMonth: string) {
  const { calendar, service } = await createAppointmentFixtures(t.payload, suffix, { hours: everyDay as never, slotMinutes: 15, desks, horizonDays: 30, cutoffHours: 1, maxPerCitizen: bookingsPerCitizen })
  let day = addDays(romeDay(new Date()), 3)
  while (closedBecause(day, { patron: null, closures: [] })) day = addDays(day, 1)
  const { slots } = (await (await call('', 'GET', `/api/appuntamenti/calendari/${calendar.id}/giorni/${day}`)).json()) as { slots: { startsAt: string }[] }
  const offered = slots.slice(0, offeredSlots).map((s) => s.startsAt)
  expect(offered).toHaveLength(offeredSlots)
  const requests = (await loggedInCitizens(birthMonth)).flatMap((citizen) => Array.from({ length: bookingsPerCitizen }, () => ({ citizen, key: crypto.randomUUID(), slot: 0 })))
  // Spread over the day, so that several requests want the same slot at the same time.
  requests.forEach((r, i) => (r.slot = (i * 7) % offeredSlots))
  return { calendar, service, offered, requests }
}

type Booked = { id: number; code: string; status: number }

/**
 * Every request booked through the outage, `concurrentClients` at a time, sent again with its key after a 503 or a
 * cut connection; a slot taken meanwhile (409) sends it on to the next slot, as the citizen would.
 */
const bookThrough = ({ calendar, service, offered, requests }: Awaited<ReturnType<typeof readyBookings>>, outage: () => Promise<void>) => sendThrough(requests, concurrentClients, (r) => `prenotazione ${r.key}`,
  (r) => call(r.citizen.cookie, 'POST', '/api/appuntamenti/prenotazioni', { calendarId: calendar.id, serviceId: service.id, startsAt: offered[r.slot], requestKey: r.key }),
  (r, res, text): Answer<Booked> => {
    const body = JSON.parse(text) as { booking?: { id: number; code: string; status: string; applicant: { fiscalCode: string | null } }; error?: { code: string; message: string } }
    if ((res.status === 201 || res.status === 200) && body.booking?.status === 'confermata' && body.booking.applicant.fiscalCode === r.citizen.fiscalCode) return { id: body.booking.id, code: body.booking.code, status: res.status }
    if (res.status === 409 && /^L’orario scelto non è più disponibile/.test(body.error?.message ?? '')) {
      r.slot = (r.slot + 1) % offeredSlots
      return sendAgain
    }
    return null
  }, outage)

/**
 * Reads the calendar's bookings back: each acknowledged request booked exactly once (the booking it
 * was told of, its citizen's, with one 'prenotata' in its history), no other booking, and no slot
 * holding more citizens than its desks.
 */
async function expectBookedOnce(calendarId: number, requests: Awaited<ReturnType<typeof readyBookings>>['requests'], acknowledged: Map<(typeof requests)[number], Booked>) {
  const bookings = (await t.payload.find({ collection: 'bookings', where: { calendar: { equals: calendarId } }, ...all })).docs
  const events = (await t.payload.find({ collection: 'booking-events', where: { and: [{ booking: { in: bookings.map((b) => b.id) } }, { kind: { equals: 'prenotata' } }] }, ...all })).docs
  expect(acknowledged.size).toBe(requests.length)
  for (const r of requests) {
    const { id, code } = acknowledged.get(r)!
    expect(bookings.filter((b) => b.requestKey === r.key).map((b) => ({ id: b.id, code: b.code, status: b.status, citizen: idOf(b.citizen!) })), `prenotazione ${r.key}`)
      .toEqual([{ id, code, status: 'confermata', citizen: r.citizen.id }])
    expect(events.filter((e) => idOf(e.booking) === id), `storico, prenotazione ${id}`).toHaveLength(1)
  }
  expect(bookings).toHaveLength(requests.length)
  for (const start of new Set(bookings.map((b) => new Date(b.startsAt).toISOString()))) {
    const held = bookings.filter((b) => new Date(b.startsAt).toISOString() === start)
    expect(held.length, `posti occupati alle ${start}`).toBeLessThanOrEqual(desks)
    expect(new Set(held.map((b) => b.seat)).size, `posti alle ${start}`).toBe(held.length)
  }
}

describe('PostgreSQL away under load: bookings', () => {
  it.each(outages.map(([name, suffix, outage], i) => [name, suffix, 'CD'[i]!, outage] as const))('%s: every booking acknowledged is held exactly once, by its citizen, and no slot takes more than its desks', async (_, suffix, birthMonth, outage) => {
    const ready = await readyBookings(`prenota-${suffix}`, birthMonth)
    const run = await expectOnly503sLogged(() => bookThrough(ready, outage))
    expectOutageMidway(run, ready.requests.length)
    await expectBookedOnce(ready.calendar.id, ready.requests, run.outcomes)
    // The citizen's desk lists her two bookings, those she was told of.
    const first = ready.requests[0]!
    const mine = (await (await call(first.citizen.cookie, 'GET', '/api/me/appuntamenti')).json()) as { bookings: { id: number }[] }
    expect(mine.bookings.map((b) => b.id).sort()).toEqual(ready.requests.filter((r) => r.citizen === first.citizen).map((r) => run.outcomes.get(r)!.id).sort())
  }, 120_000)
})

// ——— pagoPA receipts ———

/** A position due from each citizen, and the receipt pagoPA will send for it (paSendRT as the stand-in renders it). */
async function readyReceipts(suffix: string, birthMonth: string) {
  const office = await t.payload.create({ collection: 'offices', data: { title: `Ufficio Tributi ${suffix}`, slug: `tributi-${suffix}`, type: 'ufficio', summary: 'Ufficio di prova', _status: 'published' } as never, overrideAccess: true })
  const payments = []
  for (const citizen of await loggedInCitizens(birthMonth)) {
    const position = await t.payload.create({
      collection: 'payment-positions', overrideAccess: true,
      data: { reason: 'Mensa scolastica ottobre', amountCents: 4560, dueDate: new Date(Date.now() + 10 * 86_400_000).toISOString(), debtorFiscalCode: citizen.fiscalCode, debtorName: 'Maria Rossi', office: office.id, status: 'da-pagare', source: 'operatore' } as never,
    })
    const receipt = receiptFor({
      organizationFiscalCode: position.creditorFiscalCode!, companyName: 'Comune di Brindisi', debtorFiscalCode: citizen.fiscalCode, debtorName: 'Maria Rossi',
      option: { iuv: position.noticeCode!.slice(1), amount: position.amountCents, description: position.reason },
    }, new Date())
    payments.push({ citizen, position, receipt })
  }
  return payments
}

/** The node delivering every receipt, `concurrentClients` at a time, again and again until the portal answers 200 (pagoPA's protocol: anything else is not delivered). */
const deliverThrough = (payments: Awaited<ReturnType<typeof readyReceipts>>, outage: () => Promise<void>) => sendThrough(payments, concurrentClients, (p) => `ricevuta ${p.receipt.receipt.receiptId}`,
  (p) => call('', 'POST', '/api/pagopa/ricevute', p.receipt, { 'ocp-apim-subscription-key': portal.receiptKey }),
  (_, res, text): Answer<{ outcome: string }> => {
    const { outcome } = JSON.parse(text) as { outcome?: string }
    return res.status === 200 && (outcome === 'settled' || outcome === 'duplicate') ? { outcome } : null
  }, outage)

/**
 * Reads the receipts and positions back: each receipt recorded once, settling its position, which is
 * paid by it; the debtor told once; the receipt's PDF in the citizen's desk.
 */
async function expectSettledOnce(payments: Awaited<ReturnType<typeof readyReceipts>>, acknowledged: Map<(typeof payments)[number], { outcome: string; attempts: number }>) {
  expect(acknowledged.size).toBe(payments.length)
  const positionIds = payments.map((p) => p.position.id)
  const receipts = (await t.payload.find({ collection: 'payment-receipts', where: { noticeCode: { in: payments.map((p) => p.position.noticeCode!) } }, ...all })).docs
  const positions = (await t.payload.find({ collection: 'payment-positions', where: { id: { in: positionIds } }, ...all })).docs
  const told = (await t.payload.find({ collection: 'citizen-messages', where: { and: [{ citizen: { in: payments.map((p) => p.citizen.id) } }, { subject: { like: 'Pagamento ricevuto' } }] }, ...all })).docs
  expect(receipts).toHaveLength(payments.length)
  for (const p of payments) {
    // A first delivery is settled; "already recorded" only for one sent again after its record was kept.
    const { outcome, attempts } = acknowledged.get(p)!
    if (attempts === 1) expect(outcome, `ricevuta ${p.receipt.receipt.receiptId}`).toBe('settled')
    const stored = receipts.filter((r) => r.receiptId === p.receipt.receipt.receiptId)
    expect(stored.map((r) => ({ position: idOf(r.position!), settlesPosition: r.settlesPosition, reconciliation: r.reconciliation })), `ricevuta ${p.receipt.receipt.receiptId}`)
      .toEqual([{ position: p.position.id, settlesPosition: String(p.position.id), reconciliation: 'abbinata' }])
    expect(positions.find((x) => x.id === p.position.id), `posizione ${p.position.id}`).toMatchObject({ status: 'pagata', receipt: stored[0]!.id })
    expect(told.filter((m) => idOf(m.citizen) === p.citizen.id), `avviso, posizione ${p.position.id}`).toHaveLength(1)
  }
  const pdf = await call(payments[0]!.citizen.cookie, 'GET', `/api/me/pagamenti/${payments[0]!.position.id}/ricevuta.pdf`)
  expect(pdf.status).toBe(200)
  expect(pdf.headers.get('content-type')).toBe('application/pdf')
}

describe('PostgreSQL away under load: pagoPA receipts', () => {
  it.each(outages.map(([name, suffix, outage], i) => [name, suffix, 'EH'[i]!, outage] as const))('%s: every receipt pagoPA was told is delivered is recorded once and pays its position once', async (_, suffix, birthMonth, outage) => {
    const payments = await readyReceipts(`ricevute-${suffix}`, birthMonth)
    const run = await expectOnly503sLogged(() => deliverThrough(payments, outage))
    expectOutageMidway(run, payments.length)
    await expectSettledOnce(payments, run.outcomes)
  }, 120_000)
})
