import type { Payload } from 'payload'

import type { BookingView } from './contract'
import { addDays, romeDay, romeInstant } from './romeTime'

/** The jobs queue of appointments (reminders, cancellations for a closure); the publisher runs every queue. */
export const appointmentsQueue = 'appuntamenti'
/** The reminder's task on Payload's jobs queue (cms/appointments/reminderTask.ts). */
export const reminderTaskSlug = 'bookingReminder'

/** A reminder that could only go out this close to the appointment is not worth sending. */
const latestUsefulMs = 2 * 3_600_000

/**
 * When the reminder goes out: at 09:00 in Rome the day before the appointment (that day's own
 * offset, so the daylight-saving change in between does not shift it); at once when that moment
 * has passed but the appointment is more than two hours away; null otherwise.
 */
export function reminderTime(startsAt: Date, now: Date): Date | null {
  const dayBefore = romeInstant(addDays(romeDay(startsAt), -1), '09:00')
  if (dayBefore.getTime() > now.getTime()) return dayBefore
  return startsAt.getTime() - now.getTime() > latestUsefulMs ? now : null
}

/**
 * Queues the reminder of a confirmed booking (called by the core after a confirmation or a move).
 * The job carries the start it was queued for: after a move, the old job finds another start and
 * does nothing, the new one reminds. Never throws: a booking stands without its reminder.
 */
export async function queueReminder(payload: Payload, booking: BookingView, now: Date = new Date()): Promise<void> {
  if (booking.status !== 'confermata') return
  const waitUntil = reminderTime(booking.startsAt, now)
  if (!waitUntil) return
  try {
    await payload.jobs.queue({
      task: reminderTaskSlug,
      queue: appointmentsQueue,
      input: { bookingId: String(booking.id), startsAt: booking.startsAt.toISOString() },
      waitUntil,
    })
  } catch (error) {
    payload.logger.warn({ msg: 'Prenotazione: promemoria non messo in coda', bookingId: booking.id, code: (error as Error)?.name ?? 'errore' })
  }
}
