import type { FeedbackStore, PageFeedback } from '../data/feedback'

/** Records an answer to "Quanto sono chiare le informazioni su questa pagina?" without personal data. */
export async function recordPageFeedback(store: FeedbackStore, feedback: PageFeedback): Promise<void> {
  // The comment is free text: trim it and drop it when empty; nothing identifies the visitor.
  const comment = feedback.comment?.trim()
  await store.insert({ ...feedback, comment: comment ? comment : undefined })
}
