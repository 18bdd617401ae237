import { describe, expect, it } from 'vitest'

import type { ReportMarker, Street } from '../../../cms/reports/contract'
import { checkAssistance, readAssistanceState } from './assistance'
import { checkDetails, messages, readReportState, reportFlowScreen, resolvePlace } from './flow'
import { listQueryOf } from './pages'
import type { ReportPagesStore } from './ports'
import { photosOf, submitReport } from './submit'

const garibaldi: Street = { name: 'Corso Garibaldi', area: 'Centro', latitude: 40.6372, longitude: 17.9432 }
const umberto: Street = { name: 'Corso Umberto I', area: 'Centro', latitude: 40.6338, longitude: 17.9386 }
const nearbyOne: ReportMarker = { code: 'SEG-2026-000001', latitude: 40.6373, longitude: 17.9433, category: 'illuminazione', status: 'ricevuta', title: 'Lampione spento', createdAt: new Date() }

function fakeStore(overrides: Partial<ReportPagesStore> = {}): ReportPagesStore & { created: unknown[] } {
  const created: unknown[] = []
  const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
  return {
    created,
    categories: async () => [{ id: 1, slug: 'illuminazione', name: 'Illuminazione pubblica', office: { id: 1, title: 'Lavori pubblici' }, targetDays: 7 }],
    streets: async () => [garibaldi, umberto],
    areas: async () => ['Centro'],
    searchStreets: async (q) => [garibaldi, umberto].filter((s) => fold(s.name).split(' ').some((w) => fold(q).split(' ').some((p) => p.length > 2 && w.startsWith(p)))),
    nearby: async () => [],
    create: async (input) => (created.push(input), { code: 'SEG-2026-000002', pendingEmail: input.reporter.kind === 'guest' }),
    confirmEmail: async () => null,
    follow: async () => ({ pendingEmail: false }),
    confirmFollow: async () => null,
    unfollow: async () => null,
    report: async () => null,
    list: async () => ({ reports: [], total: 0, page: 1, pages: 0 }),
    services: async () => [{ slug: 'tari', title: 'TARI' }],
    createAssistance: async () => ({ code: 'ASS-2026-000001' }),
    citizen: async () => ({ name: 'Francesca Leo', email: 'francesca@example.org' }),
    mine: async () => [],
    myAssistance: async () => [],
    ...overrides,
  }
}
const actor = { citizenId: null, loginUrl: '/api/auth/login' }

describe('the new report flow', () => {
  it('keeps only its own fields, trimmed', () => {
    expect(readReportState({ categoria: ' illuminazione ', via: '', altro: 'x', lat: 4 })).toEqual({ categoria: 'illuminazione' })
  })

  it('asks for the category and the place, in Italian, when they are missing', async () => {
    const outcome = await reportFlowScreen({ store: fakeStore() }, { state: {}, step: 'dettagli', ...actor })
    expect(outcome.status).toBe(400)
    expect(outcome.view.kind).toBe('luogo')
    expect('errors' in outcome.view && outcome.view.errors).toEqual({ categoria: messages.categoria, via: messages.luogo })
  })

  it('finds the street from part of its name without accents and offers the choices when several match', async () => {
    const store = fakeStore()
    expect(await resolvePlace(store, { via: 'garibàldi' })).toMatchObject({ place: { street: garibaldi, source: 'indirizzo', latitude: 40.6372 } })
    expect(await resolvePlace(store, { via: 'corso' })).toEqual({ errors: { via: messages.viaAmbigua }, suggestions: [garibaldi, umberto] })
    expect(await resolvePlace(store, { via: 'via inesistente' })).toEqual({ errors: { via: messages.via }, suggestions: [] })
  })

  it('takes a point of the map or the device, and refuses one that is not a coordinate', async () => {
    const store = fakeStore()
    expect(await resolvePlace(store, { lat: '40.64', lng: '17.94', fonte: 'dispositivo' })).toMatchObject({ place: { latitude: 40.64, longitude: 17.94, source: 'dispositivo', street: null } })
    expect(await resolvePlace(store, { lat: '400', lng: '17.94' })).toEqual({ errors: { via: messages.punto }, suggestions: [] })
    expect(await resolvePlace(store, { lat: '45.46', lng: '9.19' })).toEqual({ errors: { via: messages.fuori }, suggestions: [] })
    expect(await resolvePlace(store, { via: 'Corso Garibaldi', civico: '12; drop' })).toEqual({ errors: { civico: messages.civico }, suggestions: [] })
  })

  it('shows the nearby open reports of the same category before the details, unless the citizen says it is different', async () => {
    const store = fakeStore({ nearby: async () => [nearbyOne] })
    const state = { categoria: 'illuminazione', via: 'Corso Garibaldi' }
    const first = await reportFlowScreen({ store }, { state, step: 'dettagli', ...actor })
    expect(first.view.kind).toBe('gia-segnalato')
    const different = await reportFlowScreen({ store }, { state: { ...state, diverso: '1' }, step: 'dettagli', ...actor })
    expect(different.view.kind).toBe('dettagli')
  })

  it('goes straight to the details when nothing similar is open nearby', async () => {
    const outcome = await reportFlowScreen({ store: fakeStore() }, { state: { categoria: 'illuminazione', via: 'Corso Garibaldi' }, step: 'gia-segnalato', ...actor })
    expect(outcome.view.kind).toBe('dettagli')
  })

  it('asks a guest for name, email and the privacy acknowledgement; a logged-in citizen only for the report', () => {
    expect(Object.keys(checkDetails({}, null, false)).sort()).toEqual(['descrizione', 'email', 'nome', 'privacy', 'titolo'])
    expect(checkDetails({ titolo: 'x', descrizione: 'y', nome: 'A', email: 'non-email' }, null, true)).toEqual({ email: messages.emailInvalid })
    expect(checkDetails({ titolo: 'x'.repeat(121), descrizione: 'y' }, { name: 'F', email: null }, true)).toEqual({ titolo: messages.titoloLungo })
  })

  it('refuses more than three photos and files that are not images', async () => {
    const jpeg = (n: number) => new File([new Uint8Array([0xff, 0xd8, n])], `f${n}.jpg`, { type: 'image/jpeg' })
    expect(await photosOf([jpeg(1), jpeg(2), jpeg(3), jpeg(4)])).toEqual({ error: messages.foto })
    expect(await photosOf([new File(['x'], 'a.pdf', { type: 'application/pdf' })])).toEqual({ error: messages.fotoTipo })
    expect(await photosOf([jpeg(1), new File([], '')])).toMatchObject({ photos: [{ name: 'f1.jpg', type: 'image/jpeg' }] })
  })

  it('sends a guest report with the photo location accepted and tells the citizen to check the email', async () => {
    const store = fakeStore()
    const outcome = await submitReport({ store }, {
      state: { categoria: 'illuminazione', via: 'Corso Garibaldi', civico: '10', titolo: 'Lampione spento', descrizione: 'Da una settimana', nome: 'Anna Bianchi', email: 'anna@example.org' },
      photos: [new File([new Uint8Array([0xff, 0xd8])], 'a.jpg', { type: 'image/jpeg' })], usePhotoLocation: true, privacy: true,
      requestKey: '0f8fad5b-d9cb-469f-a165-70867728950e', ...actor,
    })
    expect(outcome.view).toEqual({ kind: 'inviata', code: 'SEG-2026-000002', pendingEmail: true, email: 'anna@example.org' })
    // A street alone: the core places it at the street's own point (or the photo's, when it has one).
    expect((store.created[0] as { place: object }).place).not.toHaveProperty('latitude')
    expect(store.created[0]).toMatchObject({ categorySlug: 'illuminazione', usePhotoLocation: true, place: { street: 'Corso Garibaldi', houseNumber: '10', source: 'indirizzo' }, reporter: { kind: 'guest', email: 'anna@example.org' } })
  })

  it('turns a refusal of the core into the message next to its field, never an error page', async () => {
    const refused = Object.assign(new Error('La posizione è fuori dal territorio comunale.'), { name: 'ReportRefused', code: 'invalid', field: 'place' })
    const store = fakeStore({ create: async () => { throw refused } })
    const outcome = await submitReport({ store }, {
      state: { categoria: 'illuminazione', lat: '40.6', lng: '17.9', titolo: 'T', descrizione: 'D' }, photos: [], usePhotoLocation: false, privacy: true,
      requestKey: '0f8fad5b-d9cb-469f-a165-70867728950e', citizenId: 7, loginUrl: '/x',
    })
    expect(outcome.status).toBe(422)
    expect(outcome.view).toMatchObject({ kind: 'dettagli', errors: { invio: 'La posizione è fuori dal territorio comunale.' } })
  })
})

describe('the public list and the assistance form', () => {
  it('ignores filters that are not in the lists and pages below 2', () => {
    expect(listQueryOf({ categoria: 'illuminazione', stato: 'da-confermare', zona: 'Marte', pagina: '-3' }, ['illuminazione'], ['Centro'])).toEqual({ categoria: 'illuminazione', stato: undefined, zona: undefined, pagina: 1 })
    expect(listQueryOf({ stato: 'risolta', zona: 'Centro', pagina: '2' }, [], ['Centro'])).toMatchObject({ stato: 'risolta', zona: 'Centro', pagina: 2 })
  })

  it('asks a guest for name, email, topic and message, and refuses a service not in the catalogue', () => {
    expect(Object.keys(checkAssistance(readAssistanceState({ servizio: 'nessuno' }), ['tari'], true)).sort()).toEqual(['argomento', 'email', 'messaggio', 'nome', 'servizio'])
    expect(checkAssistance({ argomento: 'pagamenti', messaggio: 'Aiuto' }, ['tari'], false)).toEqual({})
  })
})
