import type { TaskConfig } from 'payload'

import { deliverQueued } from './deliver'
import { deliverTaskSlug } from './queue'

/**
 * The job that delivers one notification on one channel (queued by dispatchNotification, queue
 * 'notifiche'). A channel's failure is recorded and retried by deliverQueued itself, with its
 * backoff; Payload's own retries only cover the database failing under the job.
 */
export const deliverNotificationTask: TaskConfig<'deliverNotification'> = {
  slug: deliverTaskSlug,
  label: 'Invio di una notifica',
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } },
  inputSchema: [{ name: 'deliveryId', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  handler: async ({ input, req }) => ({ output: { status: (await deliverQueued(req.payload, input.deliveryId)) ?? 'già consegnata' } }),
}
