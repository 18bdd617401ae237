import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bookingLink } from '../../cms/appointments/links'
import { closedBecause } from '../../cms/appointments/closedDays'
import { addDays, romeDay } from '../../cms/appointments/romeTime'
import { createAppointmentFixtures } from '../../cms/appointments/testFixtures'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { startPortalWithLogin, type PortalWithLogin } from '../testing/portalWithLogin'

let t: TestPayload
let portal: PortalWithLogin
let giovanna: string
let marco: string
let calendarId: number
let serviceId: number
let serviceSlug: string
/** A day a few days ahead that is open (not a holiday), and its free slots. */
let day: string
let slots: { startsAt: string; time: string; free: number }[]

type Json = Record<string, any>
const everyDay = ['1', '2', '3', '4', '5', '6', '7'].map((weekday) => ({ weekday, from: '08:00', to: '20:00' }))
let keys = 0
const key = () => `prova-${Date.now()}-${++keys}`
const get = (path: string, cookie = '') => portal.app.request(path, { headers: { cookie } })
const post = (path: string, body: unknown, cookie = '') =>
  portal.app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { cookie, origin: portal.origin, 'content-type': 'application/json' } })
const guest = (i: number) => ({ givenName: 'Lucia', familyName: `Ospite ${i}`, email: `lucia${i}@example.org`, phone: '+39 333 0000000' })
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string; fields?: { field: string; message: string }[] } }).error

beforeAll(async () => {
  t = await startTestPayload()
  portal = await startPortalWithLogin(t)
  giovanna = (await portal.logIn('CPTGNN85C54B180W')).cookie
  marco = (await portal.logIn('VLNMRC79H03B180T')).cookie
  const { calendar, service } = await createAppointmentFixtures(t.payload, 'api', { hours: everyDay as never, slotMinutes: 30, desks: 1, horizonDays: 30, cutoffHours: 1 })
  calendarId = calendar.id
  serviceId = service.id
  serviceSlug = service.slug as string
  day = addDays(romeDay(new Date()), 3)
  while (closedBecause(day, { patron: null, closures: [] })) day = addDays(day, 1)
  slots = ((await (await get(`/api/appuntamenti/calendari/${calendarId}/giorni/${day}`)).json()) as Json).slots
})
afterAll(async () => {
  await portal?.close()
  await t?.cleanup()
})

describe('the OpenAPI document', () => {
  it('lists the appointment routes', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> }
    for (const [path, method] of [
      ['/api/appuntamenti/calendari', 'get'], ['/api/appuntamenti/calendari/{id}/mesi/{month}', 'get'], ['/api/appuntamenti/calendari/{id}/giorni/{day}', 'get'],
      ['/api/appuntamenti/calendari/{id}/appuntamenti-disponibili', 'get'], ['/api/appuntamenti/prenotazioni', 'post'], ['/api/appuntamenti/conferma-email', 'post'],
      ['/api/appuntamenti/gestione', 'get'], ['/api/appuntamenti/gestione/sposta', 'post'], ['/api/appuntamenti/gestione/annulla', 'post'],
      ['/api/me/appuntamenti', 'get'], ['/api/me/appuntamenti/{id}', 'get'], ['/api/me/appuntamenti/{id}/sposta', 'post'], ['/api/me/appuntamenti/{id}/annulla', 'post'],
    ] as const) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeTruthy()
  })
})

describe('calendars and free slots', () => {
  it('lists the active calendars, by service (id or slug) or office', async () => {
    const bySlug = (await (await get(`/api/appuntamenti/calendari?servizio=${serviceSlug}`)).json()) as Json
    expect(bySlug.calendars.map((c: Json) => c.id)).toEqual([calendarId])
    expect(bySlug.calendars[0]).toMatchObject({ slotMinutes: 30, cutoffHours: 1, office: { address: 'Piazza Matteotti 1, Brindisi' }, services: [{ id: serviceId }] })
    expect(((await (await get(`/api/appuntamenti/calendari?servizio=${serviceId}`)).json()) as Json).calendars).toHaveLength(1)
    expect(((await (await get('/api/appuntamenti/calendari?servizio=nessuno')).json()) as Json).calendars).toEqual([])
  })

  it('gives a month’s days and a day’s slots; bad input is refused in Italian, never a 500', async () => {
    expect(slots.length).toBeGreaterThan(20)
    expect(slots[0]).toMatchObject({ time: '08:00', free: 1 })
    const month = (await (await get(`/api/appuntamenti/calendari/${calendarId}/mesi/${day.slice(0, 7)}`)).json()) as Json
    expect(month.days.find((d: Json) => d.day === day)).toMatchObject({ open: true })
    const bad = await get(`/api/appuntamenti/calendari/${calendarId}/mesi/2027-13`)
    expect(bad.status).toBe(422)
    expect((await errorOf(bad)).fields?.[0]?.message).toBe('Indica il mese come AAAA-MM.')
    const missing = await get('/api/appuntamenti/calendari/999999/giorni/2027-03-02')
    expect(missing.status).toBe(404)
    expect((await errorOf(missing)).message).toBe('Il calendario non esiste.')
    const impossible = await get(`/api/appuntamenti/calendari/${calendarId}/giorni/2027-02-30`)
    expect(impossible.status).toBe(400)
    expect((await errorOf(impossible)).message).toBe('Indica il giorno come AAAA-MM-GG.')
  })

  it('gives the free times in the shape of the model’s booking page (appuntamenti-disponibili)', async () => {
    const res = await get(`/api/appuntamenti/calendari/${calendarId}/appuntamenti-disponibili?mese=${day.slice(0, 7)}`)
    expect(res.status).toBe(200)
    const shape = ((await res.json()) as Json)['appuntamenti-disponibili']
    expect(shape.select.find((m: Json) => m.selected)).toMatchObject({ mese: day.slice(0, 7) })
    expect(shape.select[0].value).toMatch(/^(Gennaio|Febbraio|Marzo|Aprile|Maggio|Giugno|Luglio|Agosto|Settembre|Ottobre|Novembre|Dicembre)$/)
    const first = shape['radio-list'].find((r: Json) => r.id === slots[0]!.startsAt)
    expect(first.label).toMatch(new RegExp(`^(Lunedì|Martedì|Mercoledì|Giovedì|Venerdì|Sabato|Domenica) ${Number(day.slice(8))} [A-Z][a-z]+ ${day.slice(0, 4)} ore 08:00$`))
    expect((await get(`/api/appuntamenti/calendari/${calendarId}/appuntamenti-disponibili?mese=2020-01`)).status).toBe(422)
  })
})

describe('booking', () => {
  it('books for a guest (email to confirm), once per request key, and refuses the taken slot with 409', async () => {
    const body = { calendarId, startsAt: slots[1]!.startsAt, serviceId, requestKey: key(), applicant: guest(1) }
    const first = await post('/api/appuntamenti/prenotazioni', body)
    expect(first.status).toBe(201)
    const made = (await first.json()) as Json
    expect(made).toMatchObject({ created: true, booking: { status: 'da-confermare', code: expect.stringMatching(/^BR-[0-9A-HJKMNP-TV-Z]{8}$/), service: { id: serviceId }, applicant: { email: 'lucia1@example.org' } } })
    const again = await post('/api/appuntamenti/prenotazioni', body)
    expect(again.status).toBe(200)
    expect(((await again.json()) as Json).booking.id).toBe(made.booking.id)
    const taken = await post('/api/appuntamenti/prenotazioni', { ...body, requestKey: key(), applicant: guest(2) })
    expect(taken.status).toBe(409)
    expect((await errorOf(taken)).message).toContain('non è più disponibile')
    const slot = ((await (await get(`/api/appuntamenti/calendari/${calendarId}/giorni/${day}`)).json()) as Json).slots.find((s: Json) => s.startsAt === slots[1]!.startsAt)
    expect(slot.free).toBe(0)
  })

  it('refuses bad input in Italian: no applicant without login (400), a bad email (422), a closed or past time (422)', async () => {
    const noOne = await post('/api/appuntamenti/prenotazioni', { calendarId, startsAt: slots[2]!.startsAt, requestKey: key() })
    expect(noOne.status).toBe(400)
    expect((await errorOf(noOne)).message).toBe('Indica nome, cognome ed email di chi prenota, oppure accedi con SPID o CIE.')
    const badEmail = await post('/api/appuntamenti/prenotazioni', { calendarId, startsAt: slots[2]!.startsAt, requestKey: key(), applicant: { ...guest(3), email: 'non-una-email' } })
    expect(badEmail.status).toBe(422)
    expect((await errorOf(badEmail)).fields?.some((f) => f.message === 'Indica un indirizzo email valido.')).toBe(true)
    const past = await post('/api/appuntamenti/prenotazioni', { calendarId, startsAt: '2020-01-07T08:00:00.000Z', requestKey: key(), applicant: guest(3) })
    expect(past.status).toBe(422)
    expect((await errorOf(past)).message).toBe('L’orario scelto è già passato.')
    expect((await post('/api/appuntamenti/prenotazioni', '{"calendarId":')).status).toBe(400)
  })

  it('books for a logged-in citizen with the identity from SPID; only they see, move and cancel it (another gets 404)', async () => {
    const res = await post('/api/appuntamenti/prenotazioni', { calendarId, startsAt: slots[3]!.startsAt, requestKey: key(), reason: 'Rinnovo carta d’identità', applicant: guest(9) }, giovanna)
    expect(res.status).toBe(201)
    const { booking } = (await res.json()) as Json
    expect(booking).toMatchObject({ status: 'confermata', applicant: { fiscalCode: 'CPTGNN85C54B180W' }, reason: 'Rinnovo carta d’identità' })
    expect(((await (await get('/api/me/appuntamenti', giovanna)).json()) as Json).bookings.map((b: Json) => b.id)).toEqual([booking.id])
    expect(((await (await get('/api/me/appuntamenti', marco)).json()) as Json).bookings).toEqual([])
    expect((await get(`/api/me/appuntamenti/${booking.id}`, marco)).status).toBe(404)
    expect((await post(`/api/me/appuntamenti/${booking.id}/annulla`, {}, marco)).status).toBe(404)
    expect((await post(`/api/me/appuntamenti/${booking.id}/sposta`, { startsAt: slots[4]!.startsAt }, marco)).status).toBe(404)
    expect((await get('/api/me/appuntamenti')).status).toBe(401)

    const moved = await post(`/api/me/appuntamenti/${booking.id}/sposta`, { startsAt: slots[4]!.startsAt }, giovanna)
    expect(moved.status).toBe(200)
    expect(((await moved.json()) as Json).startsAt).toBe(slots[4]!.startsAt)
    const cancelled = await post(`/api/me/appuntamenti/${booking.id}/annulla`, { message: 'Non mi serve più' }, giovanna)
    expect(((await cancelled.json()) as Json).status).toBe('annullata')
    const freed = ((await (await get(`/api/appuntamenti/calendari/${calendarId}/giorni/${day}`)).json()) as Json).slots
    expect(freed.filter((s: Json) => [slots[3]!.startsAt, slots[4]!.startsAt].includes(s.startsAt)).map((s: Json) => s.free)).toEqual([1, 1])
  })

  it('confirms a guest’s email and manages the booking by its signed links; a forged link is 404', async () => {
    const res = await post('/api/appuntamenti/prenotazioni', { calendarId, startsAt: slots[5]!.startsAt, requestKey: key(), applicant: guest(5) })
    const { booking } = (await res.json()) as Json
    const token = (purpose: 'gestisci' | 'conferma-email', until: string) => new URL(bookingLink(t.payload, booking.id, purpose, new Date(until))).searchParams.get('t')!
    const confirm = token('conferma-email', booking.holdUntil)
    expect((await post('/api/appuntamenti/conferma-email', { token: token('gestisci', booking.endsAt) })).status).toBe(404)
    const confirmed = await post('/api/appuntamenti/conferma-email', { token: confirm })
    expect(((await confirmed.json()) as Json).status).toBe('confermata')
    const manage = token('gestisci', booking.endsAt)
    const read = await get(`/api/appuntamenti/gestione?t=${encodeURIComponent(manage)}`)
    expect(read.headers.get('cache-control')).toBe('no-store')
    expect(((await read.json()) as Json).code).toBe(booking.code)
    const forged = await get(`/api/appuntamenti/gestione?t=${encodeURIComponent(manage.slice(0, -2) + 'xx')}`)
    expect(forged.status).toBe(404)
    expect((await errorOf(forged)).message).toContain('Il collegamento non è valido o è scaduto')
    const moved = await post('/api/appuntamenti/gestione/sposta', { token: manage, startsAt: slots[6]!.startsAt })
    expect(((await moved.json()) as Json).startsAt).toBe(slots[6]!.startsAt)
    const cancelled = await post('/api/appuntamenti/gestione/annulla', { token: manage, message: null })
    expect(((await cancelled.json()) as Json).status).toBe('annullata')
    expect((await post('/api/appuntamenti/gestione/sposta', { token: manage, startsAt: slots[7]!.startsAt })).status).toBe(409)
  })
})

describe('bookings without SPID/CIE', () => {
  it('are limited per client address (each holds a place): the one over the limit gets 429 in Italian, a logged-in citizen still books', async () => {
    const limited = await startPortalWithLogin(t, { SPORTELLO_GUEST_BOOKINGS_PER_HOUR: '2' })
    try {
      const citizen = (await limited.logIn('VLNMRC79H03B180T')).cookie
      const book = (slot: number, applicant: Json, cookie = '') => limited.app.request('/api/appuntamenti/prenotazioni', {
        method: 'POST',
        body: JSON.stringify({ calendarId, startsAt: slots[slot]!.startsAt, requestKey: key(), applicant }),
        headers: { cookie, origin: limited.origin, 'content-type': 'application/json' },
      })
      expect((await book(10, guest(20))).status).toBe(201)
      expect((await book(11, guest(21))).status).toBe(201)
      const third = await book(12, guest(22))
      expect(third.status).toBe(429)
      expect((await errorOf(third)).message).toMatch(/Troppe richieste/)
      expect(third.headers.get('retry-after') ?? third.headers.get('ratelimit')).toBeTruthy()
      expect((await book(13, guest(23), citizen)).status).toBe(201)
    } finally {
      await limited.close()
    }
  })
})
