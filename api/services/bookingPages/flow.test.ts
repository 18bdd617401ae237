import { describe, expect, it } from 'vitest'

import type { BookingView } from '../../../cms/appointments/contract'
import { BookingRefused } from '../../../cms/appointments/refusal'
import type { BookingEngineStore } from '../../data/bookingEngine'
import type { CitizenStore } from '../../data/citizens'
import { bookFromSummary, flowScreen, shiftMonth } from './flow'
import { manageAction, manageScreen } from './manage'

const now = new Date('2026-12-02T09:00:00Z')
const slotStart = new Date('2026-12-03T08:00:00Z')
const calendar = {
  id: 7, name: 'Sportello anagrafe', office: { id: 1, title: 'Ufficio Anagrafe', slug: 'anagrafe', address: 'Piazza Matteotti, 1' },
  services: [{ id: 11, title: 'Cambio di residenza', slug: 'cambio-di-residenza' }], slotMinutes: 20, cutoffHours: 24, horizonDays: 60,
}
const view = (over: Partial<BookingView> = {}): BookingView => ({
  id: 99, code: 'BR-ABCDEFGH', status: 'confermata', startsAt: slotStart, endsAt: new Date(slotStart.getTime() + 20 * 60_000),
  calendar: { id: 7, name: calendar.name }, office: calendar.office, service: calendar.services[0], reason: 'Cambio di residenza',
  applicant: { givenName: 'Anna', familyName: 'Bianchi', email: 'anna@esempio.it' }, channel: 'online', changeableUntil: new Date('2026-12-02T08:00:00Z'), ...over,
})

function fakes(book: () => Promise<{ booking: BookingView; created: boolean }> = async () => ({ booking: view({ status: 'da-confermare' }), created: true })) {
  const calls: unknown[] = []
  const engine = {
    calendars: async () => [calendar],
    month: async (_: unknown, month: string) => [{ day: `${month}-03`, open: true, free: 2 }],
    slots: async () => [{ startsAt: slotStart, endsAt: new Date(slotStart.getTime() + 20 * 60_000), day: '2026-12-03', time: '09:00', capacity: 3, free: 2 }],
    book: async (request: unknown) => (calls.push(request), book()),
    confirmEmail: async () => view(),
    move: async () => view(),
    cancel: async () => view({ status: 'annullata' }),
    read: async () => view(),
    ofCitizen: async () => [view()],
    token: () => 'tok',
    verify: (token: string) => (token === 'tok' ? 99 : null),
  } as unknown as BookingEngineStore
  const citizens = { findById: async () => null } as unknown as CitizenStore
  return { deps: { engine, citizens, now: () => now }, calls }
}

const full = { calendario: '7', giorno: '2026-12-03', ora: slotStart.toISOString(), motivo: 'servizio:11', nome: 'Anna', cognome: 'Bianchi', email: 'anna@esempio.it' }
const screen = (deps: ReturnType<typeof fakes>['deps'], state: Record<string, string>, step?: string) =>
  flowScreen(deps, { state: { ...state }, step, citizenId: null, returnTo: '/prenotazione-appuntamento/' })

describe('the booking flow', () => {
  it('opens on the offices, only those serving the service asked for, with the service as the reason', async () => {
    const { deps } = fakes()
    const first = await screen(deps, { servizio: 'cambio-di-residenza' })
    expect(first).toMatchObject({ status: 200, view: { kind: 'ufficio', service: { title: 'Cambio di residenza' } } })
    expect(await screen(deps, { servizio: 'altro-servizio' })).toMatchObject({ view: { kind: 'ufficio', calendars: [] } })
    const details = await screen(deps, { ...full, motivo: '', servizio: 'cambio-di-residenza' }, 'dettagli')
    expect(details).toMatchObject({ status: 200, view: { kind: 'dettagli', state: { motivo: 'servizio:11' } } })
  })

  it('shows each step’s problems in Italian with a 4xx, never further', async () => {
    const { deps } = fakes()
    expect(await screen(deps, {}, 'data')).toMatchObject({ status: 400, view: { kind: 'ufficio', errors: { calendario: 'Scegli l’ufficio presso cui prenotare.' } } })
    expect(await screen(deps, { calendario: '999' }, 'data')).toMatchObject({ status: 400, view: { kind: 'ufficio' } })
    expect(await screen(deps, { calendario: '7', giorno: '2026-13-40' }, 'dettagli')).toMatchObject({ status: 400, view: { kind: 'data', errors: { giorno: expect.any(String) } } })
    expect(await screen(deps, { ...full, ora: '2026-12-03T09:40:00.000Z' }, 'dettagli')).toMatchObject({ status: 400, view: { kind: 'data', errors: { ora: expect.stringContaining('non è più disponibile') } } })
    expect(await screen(deps, { ...full, ora: '2026-12-03T09:40:00.000Z' }, 'riepilogo')).toMatchObject({ status: 409, view: { kind: 'data', notice: expect.stringContaining('non è più disponibile') } })
    expect(await screen(deps, { ...full, motivo: 'altro' }, 'richiedente')).toMatchObject({ status: 400, view: { kind: 'dettagli', errors: { testo: expect.any(String) } } })
    expect(await screen(deps, { ...full, motivo: 'altro', testo: 'x'.repeat(201) }, 'richiedente')).toMatchObject({ status: 400, view: { kind: 'dettagli', errors: { testo: expect.stringContaining('200') } } })
    expect(await screen(deps, { ...full, email: 'no' }, 'riepilogo')).toMatchObject({ status: 400, view: { kind: 'richiedente', errors: { email: expect.stringContaining('valido') } } })
    expect(await screen(deps, { ...full, nome: '', telefono: 'abc' }, 'riepilogo')).toMatchObject({ status: 400, view: { kind: 'richiedente', errors: { nome: expect.any(String), telefono: expect.any(String) } } })
    expect(await screen(deps, full, 'riepilogo')).toMatchObject({ status: 200, view: { kind: 'riepilogo', reason: 'Cambio di residenza', requestKey: expect.stringMatching(/^[0-9a-f-]{36}$/) } })
  })

  it('books with the form’s request key and sends to the confirmation; a refusal goes back to the slots with its message', async () => {
    const ok = fakes()
    const key = '0b7c8f0e-9d7a-4e36-8d5e-1f4d2b3c4a5e'
    expect(await bookFromSummary(ok.deps, { state: { ...full }, requestKey: key, citizenId: null, returnTo: '/' })).toEqual({ redirect: '/prenotazione-appuntamento/conferma/?t=tok' })
    expect(ok.calls).toMatchObject([{ calendarId: 7, serviceId: 11, requestKey: key, channel: 'online', applicant: { kind: 'guest', email: 'anna@esempio.it' } }])
    expect(await bookFromSummary(ok.deps, { state: { ...full }, requestKey: 'x', citizenId: null, returnTo: '/' })).toMatchObject({ status: 400 })

    const full2 = fakes(async () => { throw new BookingRefused('slot-full') })
    const refused = await bookFromSummary(full2.deps, { state: { ...full }, requestKey: key, citizenId: null, returnTo: '/' })
    expect(refused).toMatchObject({ status: 409, view: { kind: 'data', notice: expect.stringContaining('qualcun altro') } })
  })

  it('moves within the month bounds', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2027-01', -1)).toBe('2026-12')
  })
})

describe('managing a booking', () => {
  it('opens it from a valid link or the owner’s desk only; another’s is not found', async () => {
    const { deps } = fakes()
    expect(await manageScreen(deps, { access: { t: 'tok' }, citizenId: null })).toMatchObject({ status: 200, view: { kind: 'gestisci', changeable: false } })
    expect(await manageScreen(deps, { access: { t: 'falso' }, citizenId: null })).toMatchObject({ status: 404 })
    expect(await manageScreen(deps, { access: { id: '99' }, citizenId: null })).toMatchObject({ status: 404 })
    expect(await manageScreen(deps, { access: { id: '98' }, citizenId: 5 })).toMatchObject({ status: 404 })
    expect(await manageScreen(deps, { access: { id: '99' }, citizenId: 5 })).toMatchObject({ status: 200 })
  })

  it('offers moving and cancelling only before the cut-off, and shows the engine’s refusal', async () => {
    const { deps } = fakes()
    deps.engine.read = async () => view({ changeableUntil: new Date('2026-12-02T20:00:00Z') })
    expect(await manageScreen(deps, { access: { t: 'tok' }, citizenId: null, action: 'sposta' })).toMatchObject({ view: { action: 'sposta', changeable: true, month: { month: '2026-12' } } })
    expect(await manageAction(deps, { access: { t: 'tok' }, citizenId: null, action: 'annulla' })).toEqual({ redirect: '/prenotazione-appuntamento/gestisci/?t=tok&esito=annullata' })
    deps.engine.cancel = async () => { throw new BookingRefused('cutoff') }
    expect(await manageAction(deps, { access: { t: 'tok' }, citizenId: null, action: 'annulla' })).toMatchObject({ status: 409, view: { notice: expect.stringContaining('contatta l’ufficio') } })
    expect(await manageAction(deps, { access: { t: 'tok' }, citizenId: null, action: 'sposta', ora: 'x' })).toMatchObject({ status: 400, view: { errors: { ora: expect.any(String) } } })
  })
})

describe('a double click on "Conferma"', () => {
  it('reaches the engine even when the slot is now full, so the same request key finds its booking', async () => {
    const { deps, calls } = fakes(async () => ({ booking: view({ status: 'da-confermare' }), created: false }))
    deps.engine.slots = async () => [{ startsAt: slotStart, endsAt: new Date(slotStart.getTime() + 20 * 60_000), day: '2026-12-03', time: '09:00', capacity: 1, free: 0 }]
    const key = '0b7c8f0e-9d7a-4e36-8d5e-1f4d2b3c4a5e'
    expect(await bookFromSummary(deps, { state: { ...full }, requestKey: key, citizenId: null, returnTo: '/' })).toEqual({ redirect: '/prenotazione-appuntamento/conferma/?t=tok' })
    expect(calls).toHaveLength(1)
    // Showing the summary still needs a free place.
    expect(await screen(deps, full, 'riepilogo')).toMatchObject({ status: 409, view: { kind: 'data' } })
  })
})
