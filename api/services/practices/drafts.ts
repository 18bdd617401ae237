import type { CitizenProfileRow } from '../../data/citizenProfileRow'
import { belfioreToPlace } from '../../../cms/practices/places'
import { relationId } from '../../../cms/relationId'
import type { PracticeView } from '../../contract/practices'
import { ApiError } from '../../errors'
import { prefillFormData, validateFormData } from '../forms/validateFormData'
import { checkNewDraft, type CitizenQuotas } from '../quotas'
import { releaseFeeOfDeletedDraft } from './fee'
import { findMyPractice, findServiceForm, formOfPractice, withRelationsOf, type PracticeStores } from './lookups'
import { viewOf } from './practiceView'

/** The identity facts a form may ask to pre-fill; the place of birth by name ("Brindisi (BR)"), as the citizen would write it. */
async function citizenToIdentity(citizen: CitizenProfileRow) {
  const c = citizen.contacts ?? {}
  const address = [c.address, [c.postalCode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  return {
    givenName: citizen.givenName, familyName: citizen.familyName, fiscalCode: citizen.fiscalCode,
    email: c.email || citizen.idpEmail || undefined, phone: c.phone || citizen.idpPhone || undefined,
    birthDate: citizen.birthDate ?? undefined, birthPlace: citizen.birthPlace ? ((await belfioreToPlace(citizen.birthPlace)) ?? citizen.birthPlace) : undefined, address: address || undefined,
  }
}

/** Opens a new draft for a service, pre-filled with what the identity provider vouches for, within the citizen's quota of drafts. */
export async function startPractice(stores: PracticeStores, quotas: CitizenQuotas, citizen: CitizenProfileRow, slug: string): Promise<PracticeView> {
  const { service, form } = await findServiceForm(stores, slug)
  await checkNewDraft(quotas, citizen.id)
  const identity = await citizenToIdentity(citizen)
  const practice = await stores.transactions.inTransaction(async (tx) => {
    const created = await stores.practices.create({
      title: service.title, applicantName: `${citizen.givenName} ${citizen.familyName}`, applicantFiscalCode: citizen.fiscalCode,
      data: prefillFormData(form, identity), service: service.id, office: relationId(service.office), citizen: citizen.id,
    }, tx)
    await stores.history.record({ practice: created, kind: 'creata', actorType: 'cittadino', visibleToCitizen: true }, tx)
    return created
  })
  // Opened just now: no attachment yet.
  return viewOf(stores, practice, { attachments: [] })
}

/**
 * Saves a draft's answers, the step the citizen is on and their acceptance of the privacy notice. `version` is the one the citizen's page last read: if another tab or
 * device saved since, the save is refused (409) instead of silently overwriting that work.
 */
export async function saveDraft(
  stores: PracticeStores, citizenId: number, id: number, version: number, data: unknown, progress: { step?: number; privacyAccepted?: boolean } = {},
): Promise<PracticeView> {
  const practice = await findMyPractice(stores, citizenId, id)
  if (practice.status !== 'bozza') throw new ApiError('conflict', 'La domanda è già stata presentata: non si può più modificare.')
  const form = await formOfPractice(stores, practice)
  const checked = validateFormData(form, data, [], { final: false })
  if (checked.errors.length) throw new ApiError('validation', undefined, checked.errors)
  if (practice.version !== version) throw staleDraft()
  const saved = await stores.practices.saveDraft(id, version, checked.data, {
    ...(progress.step === undefined ? {} : { resumeStep: progress.step }),
    // The first acceptance is the evidence: its date is never moved by later saves.
    ...(progress.privacyAccepted && !practice.privacyAcceptedAt ? { privacyAcceptedAt: new Date().toISOString() } : {}),
  })
  if (!saved) throw staleDraft()
  return viewOf(stores, withRelationsOf(practice, saved))
}

const staleDraft = () => new ApiError('conflict', 'La bozza è stata modificata in un’altra scheda o su un altro dispositivo: ricarica la pagina per vedere l’ultima versione.')

/** Deletes a draft the citizen no longer wants (submitted applications are never deleted). */
export async function deleteDraft(stores: PracticeStores, citizenId: number, id: number, removeFile: (key: string) => Promise<void>): Promise<void> {
  const practice = await findMyPractice(stores, citizenId, id)
  if (practice.status !== 'bozza') throw new ApiError('conflict', 'Una domanda presentata non si può eliminare.')
  await releaseFeeOfDeletedDraft(stores, practice)
  const attachments = await stores.attachments.listByPractice(id)
  for (const attachment of attachments) await stores.attachments.remove(attachment.id)
  await stores.history.removeAllOf(id)
  await stores.practices.remove(id)
  for (const attachment of attachments) await removeFile(attachment.storageKey)
}
