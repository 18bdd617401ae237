import type { Payload } from 'payload'

import type { BookingView } from './contract'

/**
 * Queues the reminder of a confirmed booking for the day before (jobs queue, sent once). Called by
 * the core after a confirmation or a move. Placeholder: the notifications branch replaces the
 * body, keeping the name and the signature.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function queueReminder(payload: Payload, booking: BookingView): Promise<void> {}
