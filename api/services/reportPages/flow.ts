// The citizen's new report, one screen per step (Categoria e luogo → Già segnalato? → Dettagli). The
// state travels in the query string and in hidden fields: every request checks every step up to the
// one asked for and shows the first one that is not right, with its Italian messages. No JavaScript
// is needed: the street is typed (with the list's suggestions); the map and the device's position are
// the island's additions.
import { randomUUID } from 'node:crypto'

import type { Id, ReportCategoryView, Street } from '../../../cms/reports/contract'
import { insideComune } from '../../../cms/reports/geo'
import type { ReportPagesStore } from './ports'
import type { CitizenView, FieldErrors, ReportFlowState, ReportPageView, ReportStep, ResolvedPlace } from './view'
import { reportFlowFields, reportSteps } from './view'

export const reportsBase = '/segnalazioni/'
export const newReportPath = `${reportsBase}nuova/`
export const titleMax = 120
export const descriptionMax = 2000

export const messages = {
  categoria: 'Scegli la categoria del problema.',
  luogo: 'Indica dove si trova il problema: scrivi la via oppure scegli un punto sulla mappa.',
  via: 'Non troviamo questa via nello stradario del Comune: scegli uno dei suggerimenti.',
  viaAmbigua: 'Più vie corrispondono a quello che hai scritto: scegli quella giusta.',
  civico: 'Il numero civico può contenere solo cifre, lettere e la barra, per esempio 12 o 12/A.',
  punto: 'La posizione indicata non è valida: scegli di nuovo il punto sulla mappa o scrivi la via.',
  fuori: 'Il punto indicato è fuori dal territorio del Comune di Brindisi: scegli un punto in città o scrivi la via.',
  titolo: 'Scrivi un titolo breve, per esempio “Lampione spento”.',
  titoloLungo: `Il titolo può essere lungo al massimo ${titleMax} caratteri.`,
  descrizione: 'Descrivi il problema.',
  descrizioneLunga: `La descrizione può essere lunga al massimo ${descriptionMax} caratteri.`,
  nome: 'Scrivi il tuo nome e cognome.',
  email: 'Scrivi il tuo indirizzo email: ti manderemo il link per confermare la segnalazione.',
  emailInvalid: 'Scrivi un indirizzo email valido, per esempio nome@esempio.it.',
  privacy: 'Per inviare la segnalazione devi dichiarare di aver letto l’informativa sul trattamento dei dati.',
  foto: 'Puoi allegare al massimo 3 fotografie.',
  fotoTipo: 'Le fotografie devono essere immagini JPEG, PNG o WebP (sull’iPhone: Impostazioni › Fotocamera › Formati › Più compatibile).',
  fotoDiNuovo: 'Per sicurezza le fotografie non vengono conservate tra un invio e l’altro: selezionale di nuovo.',
  requestKey: 'La richiesta non è valida: ricarica la pagina e invia di nuovo.',
}

export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const numberPattern = /^-?\d{1,3}(\.\d{1,8})?$/
const houseNumberPattern = /^[0-9]{1,5}( ?[/-]? ?[A-Za-z0-9]{1,3})?$/

/** Only the flow's own fields, trimmed, each a short string (the description may be long). */
export function readReportState(input: Record<string, unknown>): ReportFlowState {
  const state: ReportFlowState = {}
  for (const field of reportFlowFields) {
    const value = input[field]
    if (typeof value === 'string' && value.trim() !== '') state[field] = value.trim().slice(0, field === 'descrizione' ? descriptionMax + 1 : titleMax + 1)
  }
  return state
}

export type ReportFlowDeps = { store: ReportPagesStore }
export type FlowOutcome = { status: 200 | 400 | 404 | 409 | 422; view: ReportPageView }
type Actor = { citizenId: Id | null; loginUrl: string }

const has = (errors: FieldErrors) => Object.keys(errors).length > 0
const folded = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()

/** The place of the state: a point from the map or the device, or a street of the list; or the problems. */
export async function resolvePlace(store: ReportPagesStore, state: ReportFlowState): Promise<{ place: ResolvedPlace } | { errors: FieldErrors; suggestions: Street[] }> {
  if (state.civico && !houseNumberPattern.test(state.civico)) return { errors: { civico: messages.civico }, suggestions: [] }
  const houseNumber = state.civico ?? null
  if (state.via) {
    const found = await store.searchStreets(state.via)
    const exact = found.find((s) => folded(s.name) === folded(state.via!))
    const street = exact ?? (found.length === 1 ? found[0] : undefined)
    if (street) {
      // A point chosen on the map wins over the street's own (approximate) point.
      const point = pointOf(state)
      return { place: { latitude: point?.latitude ?? street.latitude, longitude: point?.longitude ?? street.longitude, street, houseNumber, source: point ? point.source : 'indirizzo' } }
    }
    return { errors: { via: found.length > 1 ? messages.viaAmbigua : messages.via }, suggestions: found }
  }
  const point = pointOf(state)
  if (point && !insideComune(point)) return { errors: { via: messages.fuori }, suggestions: [] }
  if (point) return { place: { ...point, street: null, houseNumber } }
  return { errors: { via: state.lat || state.lng ? messages.punto : messages.luogo }, suggestions: [] }
}

function pointOf(state: ReportFlowState): { latitude: number; longitude: number; source: 'mappa' | 'dispositivo' } | null {
  if (!state.lat || !state.lng || !numberPattern.test(state.lat) || !numberPattern.test(state.lng)) return null
  const latitude = Number(state.lat)
  const longitude = Number(state.lng)
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null
  return { latitude, longitude, source: state.fonte === 'dispositivo' ? 'dispositivo' : 'mappa' }
}

/** The citizen's name and email as the forms pre-fill them, or null for a guest. */
export async function citizenView(store: ReportPagesStore, citizenId: Id | null): Promise<CitizenView | null> {
  return citizenId == null ? null : store.citizen(citizenId)
}

/** The problems of the details step (the photos are checked by the core on sending). */
export function checkDetails(state: ReportFlowState, citizen: CitizenView | null, privacy: boolean): FieldErrors {
  const errors: FieldErrors = {}
  if (!state.titolo) errors.titolo = messages.titolo
  else if (state.titolo.length > titleMax) errors.titolo = messages.titoloLungo
  if (!state.descrizione) errors.descrizione = messages.descrizione
  else if (state.descrizione.length > descriptionMax) errors.descrizione = messages.descrizioneLunga
  if (!citizen) {
    if (!state.nome) errors.nome = messages.nome
    if (!state.email) errors.email = messages.email
    else if (!emailPattern.test(state.email)) errors.email = messages.emailInvalid
  }
  if (!privacy) errors.privacy = messages.privacy
  return errors
}

/**
 * The screen for `step` (GET), after checking every earlier step: Categoria e luogo, then the nearby
 * open reports of the same category (skipped when there are none or the citizen said "è diverso"),
 * then the details.
 */
export async function reportFlowScreen(deps: ReportFlowDeps, input: { state: ReportFlowState; step?: string } & Actor): Promise<FlowOutcome> {
  const { store } = deps
  const { state } = input
  const citizen = await citizenView(store, input.citizenId)
  const flow = { state, citizen, loginUrl: input.loginUrl }
  const asked = (reportSteps as readonly string[]).includes(input.step ?? '') ? (input.step as ReportStep) : 'luogo'
  const categories = await store.categories()
  const category: ReportCategoryView | undefined = categories.find((c) => c.slug === state.categoria)
  const placeStep = async (status: 200 | 400, errors: FieldErrors, suggestions: Street[] = []): Promise<FlowOutcome> =>
    ({ status, view: { kind: 'luogo', ...flow, errors, categories, streets: await store.streets(), suggestions } })
  if (asked === 'luogo') return placeStep(200, {})

  const resolved = await resolvePlace(store, state)
  const placeErrors: FieldErrors = { ...(category ? {} : { categoria: messages.categoria }), ...('errors' in resolved ? resolved.errors : {}) }
  if (!category || 'errors' in resolved) return placeStep(400, placeErrors, 'suggestions' in resolved ? resolved.suggestions : [])
  const { place } = resolved

  if (asked === 'gia-segnalato' || !state.diverso) {
    const nearby = await store.nearby({ latitude: place.latitude, longitude: place.longitude, categorySlug: category.slug })
    if (nearby.length > 0 && !state.diverso) return { status: 200, view: { kind: 'gia-segnalato', ...flow, errors: {}, category, place, nearby } }
  }
  return { status: 200, view: { kind: 'dettagli', ...flow, errors: {}, category, place, requestKey: randomUUID() } }
}

/** Whether a check found any problem. */
export const hasErrors = has
