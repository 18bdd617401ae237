import type { Payload, TaskConfig } from 'payload'

import type { Booking } from '../payload-types'
import { relationId } from '../relationId'
import { isOnceKeyTaken, manageUrlOf, readBooking } from './book'
import type { Id } from './contract'
import { notifyBooking } from './notify'
import { reminderTaskSlug } from './reminders'

/** What became of a reminder's job. */
export type ReminderOutcome = 'inviato' | 'già inviato' | 'non più valido'

/** The key under which the reminder of a booking at a given start is recorded, once. */
export const reminderOnceKey = (bookingId: Id, startsAt: string): string => `promemoria:${bookingId}:${startsAt}`

/**
 * Sends the reminder of a booking at the start its job was queued for, once: only while the
 * booking is still confirmed at that start and has not begun. The trail entry (onceKey unique) is
 * written before the email, so two runs — a retried job, two publishers — send one: the second is
 * refused by the database and sends nothing. A mail failure after the entry loses that reminder
 * rather than risk sending two.
 */
export async function sendReminder(payload: Payload, bookingId: Id, startsAt: string, now: Date = new Date()): Promise<ReminderOutcome> {
  const doc = (await payload.findByID({ collection: 'bookings', id: bookingId, depth: 0, disableErrors: true })) as Booking | null
  const stillDue = doc && doc.status === 'confermata' && new Date(doc.startsAt).toISOString() === startsAt && new Date(startsAt).getTime() > now.getTime()
  if (!stillDue) return 'non più valido'
  try {
    await payload.create({
      collection: 'booking-events',
      data: { booking: doc.id, office: relationId(doc.office), kind: 'promemoria', actorType: 'sistema', actorLabel: 'Sistema', toStartsAt: startsAt, onceKey: reminderOnceKey(doc.id, startsAt) },
      depth: 0,
    })
  } catch (error) {
    if (isOnceKeyTaken(error)) return 'già inviato'
    throw error
  }
  const booking = await readBooking(payload, doc.id, now)
  if (!booking) return 'non più valido'
  await notifyBooking(payload, { kind: 'reminder', booking, manageUrl: manageUrlOf(payload, booking) })
  await payload.update({ collection: 'bookings', where: { and: [{ id: { equals: doc.id } }, { startsAt: { equals: startsAt } }] }, data: { reminderSentAt: now.toISOString() }, depth: 0 })
  return 'inviato'
}

/**
 * The reminder's job: queued by queueReminder (cms/appointments/reminders.ts) for the day before,
 * with the booking and the start it reminds of.
 */
export const bookingReminderTask: TaskConfig<'bookingReminder'> = {
  slug: reminderTaskSlug,
  label: 'Promemoria di un appuntamento',
  retries: 2,
  inputSchema: [
    { name: 'bookingId', type: 'text', required: true },
    { name: 'startsAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text' }],
  handler: async ({ input, req }) => {
    const id = /^\d+$/.test(input.bookingId) ? Number(input.bookingId) : input.bookingId
    return { output: { outcome: await sendReminder(req.payload, id, input.startsAt) } }
  },
}
