import { formFromService, ServiceFormError, type ServiceForm } from '../../../cms/forms/serviceForm'
import type { Citizen, Practice, Service } from '../../../cms/payload-types'
import { recordPracticeEvent } from '../../../cms/practices/recordPracticeEvent'
import { relationId } from '../../../cms/relationId'
import type { PracticeStore } from '../../data/practices'
import { ApiError } from '../../errors'
import type { PracticeView } from '../../routes/practiceSchemas'
import { prefillFormData, validateFormData } from '../forms/validateFormData'
import { checkNewDraft, type CitizenQuotas } from '../quotas'
import { feeOf, releaseFeeOfDeletedDraft } from './fee'
import { practiceToView } from './views'

/** A service and its online form, or a 404 when the service takes no online applications. */
export async function findServiceForm(store: PracticeStore, slug: string): Promise<{ service: Service; form: ServiceForm }> {
  const service = await store.findServiceBySlug(slug)
  const form = service && service.serviceStatus === 'attivo' ? readableForm(service) : null
  if (!service || !form) throw new ApiError('not_found', 'Questo servizio non prevede la presentazione della domanda online.')
  return { service, form }
}

/** A service's form, or null when staff left it in a state citizens cannot be offered (logged for staff). */
function readableForm(service: Service): ServiceForm | null {
  try {
    return formFromService(service)
  } catch (error) {
    if (!(error instanceof ServiceFormError)) throw error
    console.warn(`[pratiche] servizio ${service.id}: ${error.message}`)
    return null
  }
}

/** An application's service, read only when the practice came without it. */
export async function serviceOfPractice(store: PracticeStore, practice: Practice): Promise<Service | null> {
  return typeof practice.service === 'object' ? practice.service : store.findService(practice.service)
}

/** The form of an application's service (kept even if the service is later unpublished). */
export async function formOfPractice(store: PracticeStore, practice: Practice): Promise<ServiceForm> {
  const service = await serviceOfPractice(store, practice)
  const form = service ? readableForm(service) : null
  if (!form) throw new ApiError('conflict', 'Il modulo di questo servizio non è più disponibile online: contatta l’ufficio.')
  return form
}

/**
 * The citizen's own application. Someone else's is "not found", never "forbidden": a citizen
 * cannot even learn that an id exists.
 */
export async function findMyPractice(store: PracticeStore, citizenId: number, id: number): Promise<Practice> {
  const practice = await store.find(id)
  if (!practice || relationId(practice.citizen) !== citizenId) throw new ApiError('not_found', 'Pratica non trovata.')
  return practice
}

/** The whole application for its owner, with attachments and the history they may see. */
export async function viewOf(store: PracticeStore, practice: Practice): Promise<PracticeView> {
  const [attachments, history, fee] = await Promise.all([store.listAttachments(practice.id), store.citizenHistory(practice.id), feeOf(store, practice)])
  return practiceToView(practice, attachments, history, fee)
}

/** The identity facts a form may ask to pre-fill. */
function citizenToIdentity(citizen: Citizen) {
  const c = citizen.contacts ?? {}
  const address = [c.address, [c.postalCode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  return {
    givenName: citizen.givenName, familyName: citizen.familyName, fiscalCode: citizen.fiscalCode,
    email: c.email || citizen.idpEmail || undefined, phone: c.phone || citizen.idpPhone || undefined,
    birthDate: citizen.birthDate ?? undefined, birthPlace: citizen.birthPlace ?? undefined, address: address || undefined,
  }
}

/** Opens a new draft for a service, pre-filled with what the identity provider vouches for, within the citizen's quota of drafts. */
export async function startPractice(store: PracticeStore, quotas: CitizenQuotas, citizen: Citizen, slug: string): Promise<PracticeView> {
  const { service, form } = await findServiceForm(store, slug)
  await checkNewDraft(quotas, citizen.id)
  const practice = await store.inTransaction(async (req) => {
    const created = await store.create({
      title: service.title, applicantName: `${citizen.givenName} ${citizen.familyName}`, applicantFiscalCode: citizen.fiscalCode,
      data: prefillFormData(form, citizenToIdentity(citizen)), service: service.id, office: relationId(service.office), citizen: citizen.id,
    }, req)
    await recordPracticeEvent({ practice: created, kind: 'creata', req, actorType: 'cittadino', visibleToCitizen: true })
    return created
  })
  return viewOf(store, practice)
}

/**
 * Saves a draft's answers. `version` is the one the citizen's page last read: if another tab or
 * device saved since, the save is refused (409) instead of silently overwriting that work.
 */
export async function saveDraft(store: PracticeStore, citizenId: number, id: number, version: number, data: unknown): Promise<PracticeView> {
  const practice = await findMyPractice(store, citizenId, id)
  if (practice.status !== 'bozza') throw new ApiError('conflict', 'La domanda è già stata presentata: non si può più modificare.')
  const form = await formOfPractice(store, practice)
  const checked = validateFormData(form, data, [], { final: false })
  if (checked.errors.length) throw new ApiError('validation', undefined, checked.errors)
  if (practice.version !== version) throw staleDraft()
  const saved = await store.saveDraft(id, version, checked.data)
  if (!saved) throw staleDraft()
  return viewOf(store, saved)
}

const staleDraft = () => new ApiError('conflict', 'La bozza è stata modificata in un’altra scheda o su un altro dispositivo: ricarica la pagina per vedere l’ultima versione.')

/** Deletes a draft the citizen no longer wants (submitted applications are never deleted). */
export async function deleteDraft(store: PracticeStore, citizenId: number, id: number, removeFile: (key: string) => Promise<void>): Promise<void> {
  const practice = await findMyPractice(store, citizenId, id)
  if (practice.status !== 'bozza') throw new ApiError('conflict', 'Una domanda presentata non si può eliminare.')
  await releaseFeeOfDeletedDraft(store, practice)
  const attachments = await store.listAttachments(id)
  for (const attachment of attachments) await store.removeAttachment(attachment.id)
  await store.remove(id)
  for (const attachment of attachments) await removeFile(attachment.storageKey)
}
