// "Invia la segnalazione" (POST, multipart): the details are checked again with every earlier step,
// then the reports core creates the report with the form's request key (a double click makes one).
import type { Id, NewReport, PhotoUpload, Reporter } from '../../../cms/reports/contract'
import { checkDetails, hasErrors, messages, reportFlowScreen, type FlowOutcome, type ReportFlowDeps } from './flow'
import { refusalOf } from './ports'
import type { FieldErrors, ReportFlowState } from './view'

export const maxPhotos = 3
const photoTypes = ['image/jpeg', 'image/png', 'image/webp']
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The core's field names (NewReport) → the form's. */
const formField: Record<string, string> = {
  categorySlug: 'categoria', title: 'titolo', description: 'descrizione', name: 'nome', email: 'email', 'reporter.name': 'nome', 'reporter.email': 'email', requestKey: 'requestKey',
}
/** Where a refusal is shown: next to its field on this step, else in the notice above the button (the place is on step 1). */
const fieldOf = (field = '') => (field.startsWith('photos') ? 'foto' : formField[field] ?? 'invio')

export type SubmitInput = {
  state: ReportFlowState
  photos: File[]
  usePhotoLocation: boolean
  privacy: boolean
  requestKey: string
  citizenId: Id | null
  loginUrl: string
}

/** The photos as the core takes them, or the problem with them. */
export async function photosOf(files: File[]): Promise<{ photos: PhotoUpload[] } | { error: string }> {
  const chosen = files.filter((f) => f.size > 0)
  if (chosen.length > maxPhotos) return { error: messages.foto }
  if (chosen.some((f) => !photoTypes.includes(f.type.toLowerCase()))) return { error: messages.fotoTipo }
  return { photos: await Promise.all(chosen.map(async (f) => ({ name: f.name.slice(0, 200), type: f.type, bytes: new Uint8Array(await f.arrayBuffer()) }))) }
}

/** Sends the report; on any problem, the details step again with the messages (the photos to choose again). */
export async function submitReport(deps: ReportFlowDeps, input: SubmitInput): Promise<FlowOutcome> {
  const state = { ...input.state, diverso: '1' }
  const checked = await reportFlowScreen(deps, { state, step: 'dettagli', citizenId: input.citizenId, loginUrl: input.loginUrl })
  if (checked.view.kind !== 'dettagli') return checked
  const view = checked.view
  const again = (status: 400 | 409 | 422, errors: FieldErrors): FlowOutcome =>
    ({ status, view: { ...view, errors, notice: input.photos.some((f) => f.size > 0) ? messages.fotoDiNuovo : undefined } })
  const errors = checkDetails(state, view.citizen, input.privacy)
  const photos = await photosOf(input.photos)
  if ('error' in photos) errors.foto = photos.error
  if (!uuidPattern.test(input.requestKey)) errors.requestKey = messages.requestKey
  if (hasErrors(errors) || 'error' in photos) return again(400, errors)

  const reporter: Reporter = input.citizenId != null ? { kind: 'citizen', citizenId: input.citizenId } : { kind: 'guest', name: state.nome!, email: state.email! }
  const report: NewReport = {
    categorySlug: view.category.slug, title: state.titolo!, description: state.descrizione!,
    // A street alone places the report at the street's own point (the core's); a point of the map or the device wins over it.
    place: { ...(view.place.source === 'indirizzo' ? {} : { latitude: view.place.latitude, longitude: view.place.longitude }), street: view.place.street?.name ?? null, houseNumber: view.place.houseNumber, source: view.place.source },
    photos: photos.photos, usePhotoLocation: input.usePhotoLocation, reporter, requestKey: input.requestKey.toLowerCase(), channel: 'web',
  }
  try {
    const { code, pendingEmail } = await deps.store.create(report)
    return { status: 200, view: { kind: 'inviata', code, pendingEmail, email: reporter.kind === 'guest' ? reporter.email : view.citizen?.email ?? null } }
  } catch (error) {
    const refusal = refusalOf(error)
    if (!refusal) throw error
    const status = refusal.code === 'conflict' ? 409 : refusal.code === 'invalid' ? 422 : 400
    return again(status, { [fieldOf(refusal.field)]: refusal.message })
  }
}
