import type { Practice } from '../../../cms/payload-types'
import type { FeeView, PracticeView } from '../../contract/practices'
import { feeOf } from './fee'
import { findMyPractice, readFormOfPractice, type PracticeStores } from './lookups'
import { practiceToView } from './views'

/**
 * The whole application for its owner, with the form it is read through, attachments, the history they may see and the fee.
 * `fee` is passed when the caller already worked it out (a submission), and read otherwise.
 */
export async function viewOf(stores: PracticeStores, practice: Practice, fee?: FeeView | null): Promise<PracticeView> {
  const [form, attachments, history, feeView] = await Promise.all([
    readFormOfPractice(stores, practice), stores.attachments.listByPractice(practice.id), stores.history.citizenHistory(practice.id),
    fee === undefined ? feeOf(stores, practice) : fee,
  ])
  return practiceToView(practice, form, attachments, history, feeView)
}

/** One of the citizen's own applications, as they see it. */
export async function myPracticeView(stores: PracticeStores, citizenId: number, id: number): Promise<PracticeView> {
  return viewOf(stores, await findMyPractice(stores, citizenId, id))
}
