import type { TaskConfig } from 'payload'

import { deliverQueued } from './deliver'
import { deliverTaskSlug, deliveryIdsOf } from './queue'

/**
 * The job that delivers one notification on its channels, one after the other (queued by dispatchNotification, queue
 * 'notifiche': one job per notification, not per channel, so an action that tells the citizen queues one). A channel's
 * failure is recorded and retried by deliverQueued itself, on its own, with its backoff; Payload's own retries only
 * cover the database failing under the job, and a row already delivered is not delivered again.
 */
export const deliverNotificationTask: TaskConfig<'deliverNotification'> = {
  slug: deliverTaskSlug,
  label: 'Invio di una notifica',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  inputSchema: [
    { name: 'deliveryIds', type: 'json' },
    // Jobs queued before a job carried its notification's list: one row each.
    { name: 'deliveryId', type: 'number' },
  ],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => {
    const outcomes: string[] = []
    for (const id of deliveryIdsOf(input)) outcomes.push((await deliverQueued(req.payload, id)) ?? 'già consegnata')
    return { output: { status: outcomes.join(', ') } }
  },
}
