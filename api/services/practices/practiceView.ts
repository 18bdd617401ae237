import type { Practice } from '../../../cms/payload-types'
import { feeOf } from './fee'
import { findMyPractice, type PracticeStores } from './lookups'
import { practiceToView, type FeeView, type PracticeView } from './views'

/**
 * The whole application for its owner, with attachments, the history they may see and the fee.
 * `fee` is passed when the caller already worked it out (a submission), and read otherwise.
 */
export async function viewOf(stores: PracticeStores, practice: Practice, fee?: FeeView | null): Promise<PracticeView> {
  const [attachments, history, feeView] = await Promise.all([
    stores.attachments.listByPractice(practice.id), stores.history.citizenHistory(practice.id), fee === undefined ? feeOf(stores, practice) : fee,
  ])
  return practiceToView(practice, attachments, history, feeView)
}

/** One of the citizen's own applications, as they see it. */
export async function myPracticeView(stores: PracticeStores, citizenId: number, id: number): Promise<PracticeView> {
  return viewOf(stores, await findMyPractice(stores, citizenId, id))
}
