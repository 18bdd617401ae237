import type { Practice, PracticeAttachment } from '../../../cms/payload-types'
import type { FeeView, PracticeView } from '../../contract/practices'
import { feeOf } from './fee'
import { findMyPractice, readFormOfPractice, type PracticeStores } from './lookups'
import { practiceToView } from './views'

/** What the caller of viewOf already read in the same request, so it is not read again. */
export type KnownOfPractice = { fee?: FeeView | null; attachments?: PracticeAttachment[] }

/**
 * The whole application for its owner, with the form it is read through, attachments, the history they may see and the fee.
 * `known`: the fee and the attachments when the caller already has them (a submission worked out the fee and checked
 * the attachments; a draft opened in this request has none), read otherwise.
 */
export async function viewOf(stores: PracticeStores, practice: Practice, known: KnownOfPractice = {}): Promise<PracticeView> {
  const [form, attachments, history, feeView] = await Promise.all([
    readFormOfPractice(stores, practice), known.attachments ?? stores.attachments.listByPractice(practice.id), stores.history.citizenHistory(practice.id),
    known.fee === undefined ? feeOf(stores, practice) : known.fee,
  ])
  return practiceToView(practice, form, attachments, history, feeView)
}

/** One of the citizen's own applications, as they see it. */
export async function myPracticeView(stores: PracticeStores, citizenId: number, id: number): Promise<PracticeView> {
  return viewOf(stores, await findMyPractice(stores, citizenId, id))
}
