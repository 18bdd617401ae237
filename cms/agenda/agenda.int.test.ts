import { handleEndpoints, type Payload } from 'payload'
import { mergeListSearchAndWhere } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { daySlots } from '../appointments/slots'
import { createAppointmentFixtures } from '../appointments/testFixtures'
import type { Calendar } from '../payload-types'
import { restAs, staffMember } from '../testing/backOffice'
import { startTestPayload, type TestPayload } from '../testing/testPayload'
import { addDays, dayBounds, mondayOf, romeDayOf, romeTimeOf } from './days'

let t: TestPayload
let payload: Payload
type Staff = Awaited<ReturnType<typeof staffMember>>
let operator: Staff
let stranger: Staff
let editor: Staff
let calendar: Calendar
let otherCalendar: Calendar
let serviceId: number
/** A future weekday with open slots, and its slots' starts. */
let day: string
let starts: string[]

const weekdayHours = ['1', '2', '3', '4', '5'].map((weekday) => ({ weekday, from: '08:00', to: '18:00' })) as Calendar['hours']

/** An office, its service and a calendar open on weekdays 08:00–18:00 with two desks. */
const officeWithCalendar = (suffix: string) =>
  createAppointmentFixtures(payload, suffix, { name: `Sportello ${suffix}`, desks: 2, maxPerCitizen: 5, hours: weekdayHours })

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const mine = await officeWithCalendar(`a${Date.now()}`)
  const other = await officeWithCalendar(`b${Date.now()}`)
  calendar = mine.calendar
  otherCalendar = other.calendar
  serviceId = mine.service.id
  operator = await staffMember(payload, 'Operatrice Agenda', ['operator'], [mine.office.id])
  stranger = await staffMember(payload, 'Operatore di altro ufficio', ['operator'], [other.office.id])
  editor = await staffMember(payload, 'Redattrice', ['editor' as 'operator'], [mine.office.id])
  // A weekday at least two days ahead with all its slots still open.
  for (let i = 2; i < 20; i++) {
    const candidate = addDays(romeDayOf(new Date()), i)
    const slots = await daySlots(payload, calendar.id, candidate)
    if (slots.length >= 30) {
      day = candidate
      starts = slots.map((s) => s.startsAt.toISOString())
      break
    }
  }
  expect(day).toBeTruthy()
})
afterAll(async () => t?.cleanup())

const errorOf = async (res: Response) => ((await res.json()) as { errors?: { message?: string }[] }).errors?.[0]?.message
const anonymous = (method: string, path: string, body?: unknown) => handleEndpoints({
  config: payload.config, payloadInstanceCacheKey: t.dataDir,
  request: new Request(`http://localhost:3001/api${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
})
let walkIns = 0
const walkIn = (overrides: Record<string, unknown> = {}) => ({
  calendarId: calendar.id, channel: 'sportello', givenName: 'Cosimo', familyName: 'Greco', fiscalCode: '', email: `cosimo.${++walkIns}@example.it`, phone: '', serviceId: String(serviceId), reason: '', startsAt: starts[0], requestKey: crypto.randomUUID(), ...overrides,
})
type Doc = { id: number; code: string; status: string; channel: string; startsAt: string }
const book = async (who: Staff, body: Record<string, unknown>) => restAs(t, who.token, 'POST', '/bookings/prenota-per-cittadino', body)
const booked = async (body: Record<string, unknown>): Promise<Doc> => {
  const res = await book(operator, walkIn(body))
  expect(res.status, await res.clone().text()).toBe(201)
  return ((await res.json()) as { doc: Doc }).doc
}
/** A booking of today (the day the office marks arrivals), written as the engine writes one. */
let todayCount = 0
async function bookedToday(): Promise<Doc> {
  const start = new Date(dayBounds(romeDayOf(new Date())).from.getTime() + todayCount++ * 20 * 60_000)
  return payload.create({
    collection: 'bookings',
    data: { code: `BR-OGGI${todayCount}${Date.now() % 1000}`, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 20 * 60_000).toISOString(), status: 'confermata', calendar: calendar.id, office: calendar.office as number, service: serviceId, applicantName: 'Anna Oggi', givenName: 'Anna', familyName: 'Oggi', channel: 'online', seat: 1, version: 1 },
  }) as Promise<Doc>
}
const act = (who: Staff, id: number | string, action: string, body?: unknown) => restAs(t, who.token, 'POST', `/bookings/${id}/${action}`, body)
const read = (id: number) => payload.findByID({ collection: 'bookings', id, depth: 0 })
const eventsOf = async (id: number) => (await payload.find({ collection: 'booking-events', where: { booking: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false })).docs

describe('booking for a citizen who walks in or phones', () => {
  it('books a free slot at once, confirmed, with the channel and the operator recorded', async () => {
    const doc = await booked({ startsAt: starts[0], fiscalCode: 'rssmra80a01b180k', email: 'cosimo.greco@example.it', phone: '+39 0831 123456' })
    expect(doc.code).toBeTruthy()
    const stored = await read(doc.id)
    expect(stored).toMatchObject({ status: 'confermata', channel: 'sportello', createdBy: operator.user.id, fiscalCode: 'RSSMRA80A01B180K', applicantName: 'Cosimo Greco', calendar: calendar.id })
    expect((await eventsOf(doc.id)).map((e) => [e.kind, e.actorType, e.actorLabel])).toEqual([['prenotata', 'operatore', 'Operatrice Agenda']])
  })

  it('needs no email, codice fiscale or phone: a phone call with a reason is enough', async () => {
    // Needs core's bookSlot to take a guest without email when staff books (staffUserId): see the office's report.
    const doc = await booked({ startsAt: starts[1], channel: 'telefono', email: '', serviceId: '', reason: 'Cambio di residenza' })
    expect(await read(doc.id)).toMatchObject({ status: 'confermata', channel: 'telefono', reason: 'Cambio di residenza', email: null })
  })

  it('refuses what it cannot book, in Italian, with 400', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ fiscalCode: 'RSSMRA80A01B180X' }, 'Il codice fiscale non è valido: controllalo o lascialo vuoto.'],
      [{ givenName: ' ' }, 'Scrivi il nome e il cognome del cittadino.'],
      [{ channel: 'online' }, 'Indica come si è rivolto il cittadino: allo sportello o al telefono.'],
      [{ serviceId: '', reason: '' }, 'Scegli il servizio o scrivi il motivo dell’appuntamento.'],
      [{ email: 'non-una-email' }, 'L’indirizzo email non è valido: controllalo o lascialo vuoto.'],
      [{ startsAt: 'domani' }, 'Scegli un orario libero.'],
      [{ calendarId: 'x' }, 'Scegli il calendario (lo sportello).'],
    ]
    for (const [body, message] of cases) {
      const res = await book(operator, walkIn(body))
      expect(res.status, message).toBe(400)
      expect(await errorOf(res)).toBe(message)
    }
    const notJson = await handleEndpoints({ config: payload.config, payloadInstanceCacheKey: t.dataDir, request: new Request('http://localhost:3001/api/bookings/prenota-per-cittadino', { method: 'POST', headers: { authorization: `JWT ${operator.token}`, 'content-type': 'application/json' }, body: '{' }) })
    expect(notJson.status).toBe(400)
    expect(await errorOf(notJson)).toBe('Richiesta non valida: serve un oggetto JSON.')
  })

  it('refuses a full slot with 409, and a time that is no slot', async () => {
    await booked({ startsAt: starts[2] })
    await booked({ startsAt: starts[2] })
    const full = await book(operator, walkIn({ startsAt: starts[2] }))
    expect(full.status).toBe(409)
    expect(await errorOf(full)).toMatch(/\w/)
    const nowhere = await book(operator, walkIn({ startsAt: `${day}T02:07:00.000Z` }))
    expect([400, 409]).toContain(nowhere.status)
  })

  it('is one booking under a double click (same request key)', async () => {
    const requestKey = crypto.randomUUID()
    const [a, b] = await Promise.all([book(operator, walkIn({ startsAt: starts[3], requestKey })), book(operator, walkIn({ startsAt: starts[3], requestKey }))])
    const codes = await Promise.all([a, b].map(async (r) => ((await r.json()) as { doc: Doc }).doc.code))
    expect(codes[0]).toBe(codes[1])
  })

  it('answers 401 without login, 403 to an editor, 404 for another office’s calendar', async () => {
    const res = await anonymous('POST', '/bookings/prenota-per-cittadino', walkIn())
    expect(res.status).toBe(401)
    expect(await errorOf(res)).toBe('Accesso riservato al personale: accedi al pannello.')
    const byEditor = await book(editor, walkIn())
    expect(byEditor.status).toBe(403)
    expect(await errorOf(byEditor)).toMatch(/Solo gli operatori/)
    const elsewhere = await book(stranger, walkIn())
    expect(elsewhere.status).toBe(404)
    expect(await errorOf(elsewhere)).toBe('Calendario non trovato.')
  })
})

describe('the named actions on a booking', () => {
  it('marks arrived then served, each in the history', async () => {
    const doc = await bookedToday()
    expect((await act(operator, doc.id, 'arrivato')).status).toBe(200)
    expect((await read(doc.id)).status).toBe('arrivato')
    expect((await act(operator, doc.id, 'servito', {})).status).toBe(200)
    expect((await read(doc.id)).status).toBe('servito')
    expect((await eventsOf(doc.id)).map((e) => e.kind)).toEqual(['arrivato', 'servito'])
  })

  it('marks a no-show, only from the appointment’s day', async () => {
    const later = await booked({ startsAt: starts[4] })
    const early = await act(operator, later.id, 'assente')
    expect(early.status).toBe(409)
    expect(await errorOf(early)).toMatch(/giorno dell’appuntamento/)
    const doc = await bookedToday()
    const res = await act(operator, doc.id, 'assente')
    expect(res.status).toBe(200)
    expect(((await res.json()) as { doc: Doc }).doc.status).toBe('assente')
    expect((await eventsOf(doc.id)).at(-1)).toMatchObject({ kind: 'assente', actorType: 'operatore', actor: operator.user.id })
  })

  it('cancels only with a message to the citizen, which the history keeps; the place is free again', async () => {
    const doc = await booked({ startsAt: starts[5] })
    const silent = await act(operator, doc.id, 'annulla', { message: '  ' })
    expect(silent.status).toBe(400)
    expect(await errorOf(silent)).toBe('Scrivi al cittadino perché l’appuntamento è annullato: riceve il messaggio.')
    expect((await read(doc.id)).status).toBe('confermata')
    expect((await act(operator, doc.id, 'annulla', { message: 42 })).status).toBe(400)
    const res = await act(operator, doc.id, 'annulla', { message: 'L’ufficio resta chiuso per un guasto: la richiamiamo.' })
    expect(res.status).toBe(200)
    expect(await read(doc.id)).toMatchObject({ status: 'annullata', seat: null })
    expect((await eventsOf(doc.id)).at(-1)).toMatchObject({ kind: 'annullata', message: 'L’ufficio resta chiuso per un guasto: la richiamiamo.' })
    expect((await act(operator, doc.id, 'assente')).status).toBe(409)
    const slots = await daySlots(payload, calendar.id, day)
    expect(slots.find((s) => s.startsAt.toISOString() === starts[5])?.free).toBe(2)
  })

  it('moves to a free slot with an optional message, and refuses a move nowhere', async () => {
    const doc = await booked({ startsAt: starts[6] })
    const target = starts.at(-1)!
    const res = await act(operator, doc.id, 'sposta', { startsAt: target, message: 'Spostato su sua richiesta telefonica.' })
    expect(res.status, await res.clone().text()).toBe(200)
    expect((await read(doc.id)).startsAt).toBe(target)
    expect((await eventsOf(doc.id)).at(-1)).toMatchObject({ kind: 'spostata', fromStartsAt: starts[6], toStartsAt: target })
    const nowhere = await act(operator, doc.id, 'sposta', {})
    expect(nowhere.status).toBe(400)
    expect(await errorOf(nowhere)).toBe('Scegli un orario libero.')
  })

  it('is 404 for another office’s booking and for no booking, 401 without login, 403 for an editor', async () => {
    const doc = await booked({ startsAt: starts[7] })
    for (const action of ['arrivato', 'servito', 'assente', 'sposta', 'annulla']) {
      const res = await act(stranger, doc.id, action, { message: 'x', startsAt: starts[4] })
      expect(res.status, action).toBe(404)
      expect(await errorOf(res)).toBe('Prenotazione non trovata.')
    }
    expect((await act(operator, 999999, 'arrivato')).status).toBe(404)
    expect((await act(operator, 'abc', 'arrivato')).status).toBe(404)
    const res = await anonymous('POST', `/bookings/${doc.id}/arrivato`)
    expect(res.status).toBe(401)
    expect((await act(editor, doc.id, 'arrivato')).status).toBe(403)
    expect((await read(doc.id)).status).toBe('confermata')
  })

  it('nobody writes a booking through REST', async () => {
    const doc = await booked({ startsAt: starts[8] })
    expect((await restAs(t, operator.token, 'POST', '/bookings', { code: 'X', startsAt: starts[0], endsAt: starts[1], calendar: calendar.id, office: 1, applicantName: 'x', givenName: 'x', familyName: 'x', channel: 'online' })).status).toBe(403)
    expect((await restAs(t, operator.token, 'PATCH', `/bookings/${doc.id}`, { status: 'servito' })).status).toBe(403)
    expect((await restAs(t, operator.token, 'DELETE', `/bookings/${doc.id}`)).status).toBe(403)
    expect((await read(doc.id)).status).toBe('confermata')
  })
})

describe('the agenda, search, export and the week’s counts', () => {
  it('lists the day’s bookings by time, of the operator’s offices only', async () => {
    const res = await restAs(t, operator.token, 'GET', `/bookings/agenda?giorno=${day}&calendario=${calendar.id}`)
    expect(res.status).toBe(200)
    const json = (await res.json()) as { bookings: { time: string; startsAt: string; channelLabel: string }[]; calendars: { id: number }[] }
    expect(json.bookings.length).toBeGreaterThan(5)
    expect(json.bookings.map((b) => b.startsAt)).toEqual([...json.bookings.map((b) => b.startsAt)].sort())
    expect(json.bookings[0]!.time).toBe('08:00')
    expect(json.calendars.map((c) => c.id)).toEqual([calendar.id])
    const theirs = (await (await restAs(t, stranger.token, 'GET', `/bookings/agenda?giorno=${day}`)).json()) as { bookings: unknown[] }
    expect(theirs.bookings).toEqual([])
    expect((await restAs(t, stranger.token, 'GET', `/bookings/agenda?giorno=${day}&calendario=${calendar.id}`)).status).toBe(404)
    const bad = await restAs(t, operator.token, 'GET', '/bookings/agenda?giorno=2026-02-30')
    expect(bad.status).toBe(400)
    expect(await errorOf(bad)).toBe('La data non è valida: scrivila come 2026-12-02.')
    expect((await anonymous('GET', `/bookings/agenda?giorno=${day}`)).status).toBe(401)
  })

  it('offers the free slots of a day, and nothing of another office', async () => {
    const json = (await (await restAs(t, operator.token, 'GET', `/bookings/posti-liberi?calendario=${calendar.id}&giorno=${day}`)).json()) as { slots: { startsAt: string; free: number }[] }
    expect(json.slots.map((s) => s.startsAt)).not.toContain(starts[2])
    expect(json.slots.every((s) => s.free > 0)).toBe(true)
    expect((await restAs(t, operator.token, 'GET', `/bookings/posti-liberi?calendario=${otherCalendar.id}&giorno=${day}`)).status).toBe(404)
  })

  it('finds a booking by code, by codice fiscale in any case and by name, as the list searches', async () => {
    const doc = await booked({ startsAt: starts[9], givenName: 'Addolorata', familyName: 'Quarta', fiscalCode: 'QRTDLR75C41B180Y' })
    const search = async (text: string) => (await payload.find({
      collection: 'bookings', overrideAccess: false, user: operator.user, depth: 0,
      where: mergeListSearchAndWhere({ collectionConfig: payload.collections.bookings.config, search: text, where: {} }),
    })).docs.map((b) => b.id)
    expect(await search(doc.code)).toEqual([doc.id])
    expect(await search(doc.code.toLowerCase())).toEqual([doc.id])
    expect(await search('qrtdlr75c41b180y')).toEqual([doc.id])
    expect(await search('addolorata quarta')).toEqual([doc.id])
    const theirs = await payload.find({ collection: 'bookings', overrideAccess: false, user: stranger.user, depth: 0, where: mergeListSearchAndWhere({ collectionConfig: payload.collections.bookings.config, search: 'QRTDLR75C41B180Y', where: {} }) })
    expect(theirs.docs).toEqual([])
  })

  it('exports the list as filtered: BOM, semicolons, Italian headers, no formula, the office’s rows only', async () => {
    await booked({ startsAt: starts[10], givenName: 'Vito', familyName: 'Formula', serviceId: '', reason: '=HYPERLINK("http://x.example","clic")' })
    const res = await restAs(t, operator.token, 'GET', '/bookings/esporta.csv?search=formula')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="prenotazioni-\d{4}-\d{2}-\d{2}\.csv"$/)
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
    const lines = csv.split('\r\n').filter(Boolean)
    expect(lines[0]).toBe('\uFEFFCodice;Data;Ora;Calendario;Ufficio;Richiedente;Codice fiscale;Email;Telefono;Servizio;Motivo;Canale;Stato')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(`;${day.split('-').reverse().join('/')};${romeTimeOf(starts[10]!)};${calendar.name};`)
    expect(lines[1]).toContain(';Vito Formula;')
    expect(lines[1]).toContain(`;"'=HYPERLINK(""http://x.example"",""clic"")";Allo sportello;Confermata`)
    const theirs = await (await restAs(t, stranger.token, 'GET', '/bookings/esporta.csv')).text()
    expect(theirs.split('\r\n').filter(Boolean)).toHaveLength(1)
    const all = await (await restAs(t, operator.token, 'GET', '/bookings/esporta.csv')).text()
    expect(all.split('\r\n').filter(Boolean).length).toBeGreaterThan(10)
    expect((await anonymous('GET', '/bookings/esporta.csv')).status).toBe(401)
    expect((await restAs(t, operator.token, 'GET', '/bookings/esporta.csv?sort=;drop')).status).toBe(400)
  })

  it('counts the week: bookings kept, no-shows, cancelled, and the free places left', async () => {
    const { docs } = await payload.find({ collection: 'bookings', where: { calendar: { equals: calendar.id } }, depth: 0, pagination: false })
    let noShows = 0
    for (const week of new Set([mondayOf(romeDayOf(new Date())), mondayOf(day)])) {
      const res = await restAs(t, operator.token, 'GET', `/bookings/settimana?settimana=${addDays(week, 3)}`)
      expect(res.status).toBe(200)
      const json = (await res.json()) as { monday: string; counts: { calendar: { id: number }; bookings: number; noShows: number; cancelled: number; freePlaces: number }[] }
      expect(json.monday).toBe(week)
      expect(json.counts.map((c) => c.calendar.id)).toEqual([calendar.id])
      const inWeek = docs.filter((b) => b.startsAt >= dayBounds(week).from.toISOString() && b.startsAt < dayBounds(addDays(week, 7)).from.toISOString())
      const kept = inWeek.filter((b) => !['annullata', 'scaduta'].includes(b.status))
      // Every place of the week's open slots, less those the kept bookings hold.
      let capacity = 0
      const open = new Set<string>()
      for (let i = 0; i < 7; i++) {
        for (const slot of await daySlots(payload, calendar.id, addDays(week, i))) {
          capacity += slot.capacity
          open.add(slot.startsAt.toISOString())
        }
      }
      expect(json.counts[0]).toEqual({
        calendar: expect.objectContaining({ id: calendar.id }),
        bookings: kept.length,
        noShows: inWeek.filter((b) => b.status === 'assente').length,
        cancelled: inWeek.filter((b) => b.status === 'annullata').length,
        freePlaces: capacity - kept.filter((b) => open.has(b.startsAt)).length,
      })
      noShows += json.counts[0]!.noShows
    }
    expect(noShows).toBe(1)
    expect(docs.some((b) => b.status === 'annullata')).toBe(true)
    const theirs = (await (await restAs(t, stranger.token, 'GET', `/bookings/settimana?settimana=${day}`)).json()) as { counts: { calendar: { id: number }; bookings: number }[] }
    expect(theirs.counts).toEqual([expect.objectContaining({ calendar: expect.objectContaining({ id: otherCalendar.id }), bookings: 0 })])
  })

})

describe('the calendars, in Italian and per office', () => {
  it('refuses hours that end before they start or overlap, and a closure that ends before it starts', async () => {
    const base = { name: 'Sportello di prova', office: calendar.office as number, slotMinutes: 20, desks: 1, horizonDays: 30, cutoffHours: 24, maxPerCitizen: 2 }
    await expect(payload.create({ collection: 'calendars', data: { ...base, hours: [{ weekday: '1', from: '12:00', to: '09:00' }] } })).rejects.toThrow(/Orari di ricevimento/)
    const overlap = await restAs(t, operator.token, 'POST', '/calendars', { ...base, hours: [{ weekday: '2', from: '09:00', to: '12:00' }, { weekday: '2', from: '11:00', to: '13:00' }] })
    expect(overlap.status).toBe(400)
    expect(JSON.stringify(await overlap.json())).toContain('Martedì: le fasce 09:00–12:00 e 11:00–13:00 si sovrappongono.')
    const closure = await restAs(t, operator.token, 'PATCH', `/calendars/${calendar.id}`, { closures: [{ from: '2027-01-10T00:00:00.000Z', to: '2027-01-08T00:00:00.000Z', reason: 'Inventario' }] })
    expect(closure.status).toBe(400)
    expect(JSON.stringify(await closure.json())).toContain('Chiusura 1: il giorno “Al” non può venire prima del giorno “Dal”.')
    expect((await restAs(t, operator.token, 'PATCH', `/calendars/${calendar.id}`, { closures: [{ from: '2027-01-08T00:00:00.000Z', to: '2027-01-08T00:00:00.000Z', reason: 'Inventario' }] })).status).toBe(200)
  })

  it('lets an operator read and change only their offices’ calendars', async () => {
    const list = (await (await restAs(t, operator.token, 'GET', '/calendars?depth=0')).json()) as { docs: { id: number }[] }
    expect(list.docs.map((c) => c.id)).toContain(calendar.id)
    expect(list.docs.map((c) => c.id)).not.toContain(otherCalendar.id)
    const res = await restAs(t, operator.token, 'PATCH', `/calendars/${otherCalendar.id}`, { desks: 9 })
    expect(res.ok).toBe(false)
    expect((await payload.findByID({ collection: 'calendars', id: otherCalendar.id })).desks).toBe(2)
  })
})
