import { feedbackReasons } from '../../cms/constants/feedbackReasons'
import type { FeedbackStore, PageFeedback } from '../data/feedback'

const positive = new Set<string>(feedbackReasons.positive.map((r) => r.value))

/** Records an answer to "Quanto sono chiare le informazioni su questa pagina?" without personal data. */
export async function recordPageFeedback(store: FeedbackStore, feedback: PageFeedback): Promise<void> {
  // The form shows positive reasons for 4-5 stars and negative ones for 1-3; a reason left over
  // from a previous choice of stars does not describe this rating, so it is dropped.
  const reasonFits = feedback.reason !== undefined && positive.has(feedback.reason) === feedback.rating >= 4
  const comment = feedback.comment?.trim()
  await store.insert({ ...feedback, reason: reasonFits ? feedback.reason : undefined, comment: comment ? comment : undefined })
}
