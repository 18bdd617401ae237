import { formFromService, ServiceFormError, type ServiceForm } from '../../../cms/forms/serviceForm'
import type { Practice, Service } from '../../../cms/payload-types'
import { snapshotOfPractice } from '../../../cms/practices/submittedForm'
import { relationId } from '../../../cms/relationId'
import type { PracticeSummary } from '../../contract/practices'
import type { Stores } from '../../data/stores'
import type { Transaction } from '../../data/transactions'
import { ApiError } from '../../errors'
import { practiceToSummary } from './views'

/** The stores of the practices domain (api/data/stores.ts), created once in createApp. */
export type PracticeStores = Pick<Stores, 'practices' | 'attachments' | 'history' | 'messages' | 'register' | 'catalogue' | 'payments' | 'transactions'>

/** A service and its online form, or a 404 when the service takes no online applications. */
export async function findServiceForm({ catalogue }: Pick<PracticeStores, 'catalogue'>, slug: string): Promise<{ service: Service; form: ServiceForm }> {
  const service = await catalogue.findPublishedBySlug(slug)
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

/**
 * An application's service, read only when the practice came without it; in `tx` when called inside
 * one: a read outside it would wait for a second connection of the pool while holding the first.
 */
export async function serviceOfPractice({ catalogue }: Pick<PracticeStores, 'catalogue'>, practice: Practice, tx?: Transaction): Promise<Service | null> {
  return typeof practice.service === 'object' ? practice.service : catalogue.findById(practice.service, tx)
}

/**
 * The form an application is read and checked through: the snapshot kept at submission (later
 * edits of the service's form change nothing of what was submitted), the service's current form for
 * a draft or an old application without one; null when neither can be offered.
 */
export async function readFormOfPractice(stores: Pick<PracticeStores, 'catalogue'>, practice: Practice, tx?: Transaction): Promise<ServiceForm | null> {
  const snapshot = snapshotOfPractice(practice)
  if (snapshot) return snapshot
  const service = await serviceOfPractice(stores, practice, tx)
  return service ? readableForm(service) : null
}

/** The form of an application (see readFormOfPractice), or a 409 when there is none to read it through. */
export async function formOfPractice(stores: Pick<PracticeStores, 'catalogue'>, practice: Practice): Promise<ServiceForm> {
  const form = await readFormOfPractice(stores, practice)
  if (!form) throw new ApiError('conflict', 'Il modulo di questo servizio non è più disponibile online: contatta l’ufficio.')
  return form
}

/**
 * The citizen's own application. Someone else's is "not found", never "forbidden": a citizen
 * cannot even learn that an id exists.
 */
export async function findMyPractice({ practices }: Pick<PracticeStores, 'practices'>, citizenId: number, id: number): Promise<Practice> {
  const practice = await practices.find(id)
  if (!practice || relationId(practice.citizen) !== citizenId) throw new ApiError('not_found', 'Pratica non trovata.')
  return practice
}

/**
 * An application as written or read at depth 0, with the service, office and citizen already read before it: a
 * submission or a save changes none of them, so they are not read again.
 */
export const withRelationsOf = (practice: Practice, read: Practice): Practice => ({ ...read, service: practice.service, office: practice.office, citizen: practice.citizen })

/** The citizen's drafts and applications, last changed first ("Le mie pratiche"). */
export async function listMyPractices({ practices }: Pick<PracticeStores, 'practices'>, citizenId: number): Promise<PracticeSummary[]> {
  return (await practices.listByCitizen(citizenId)).map(practiceToSummary)
}
