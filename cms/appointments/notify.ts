import type { Payload } from 'payload'

import type { BookingChange } from './contract'

/**
 * Tells the citizen about a change to their booking (email; the desk's message when logged in).
 * Called by the core after each commit; never throws. Placeholder: the notifications branch
 * replaces the body, keeping the name and the signature.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export async function notifyBooking(payload: Payload, change: BookingChange): Promise<void> {}
