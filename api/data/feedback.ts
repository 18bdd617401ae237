import type { Payload } from 'payload'

/** One answer to the page-clarity question. */
export type PageFeedback = { path: string; rating: number; reason?: string; comment?: string }

/** Stores page feedback through the Payload Local API, so staff read it in the back office. */
export function feedbackStore(payload: Payload) {
  return {
    async insert(feedback: PageFeedback): Promise<void> {
      await payload.create({ collection: 'feedback', data: feedback as never, overrideAccess: true })
    },
  }
}

export type FeedbackStore = ReturnType<typeof feedbackStore>
