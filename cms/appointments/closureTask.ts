import type { TaskConfig } from 'payload'

import { cancelForClosures } from './book'
import { closureTaskSlug } from './closures'

/** The job the hook queues: the core cancels and tells (cancelForClosures). A failure is retried, never dropped. */
export const closureCancellationsTask: TaskConfig<'closureCancellations'> = {
  slug: closureTaskSlug,
  label: 'Annullamento delle prenotazioni nei giorni di chiusura',
  retries: 5,
  inputSchema: [{ name: 'calendarId', type: 'text', required: true }],
  outputSchema: [{ name: 'cancelled', type: 'number' }],
  handler: async ({ input, req }) => {
    const id = /^\d+$/.test(input.calendarId) ? Number(input.calendarId) : input.calendarId
    return { output: { cancelled: await cancelForClosures(req.payload, id) } }
  },
}
