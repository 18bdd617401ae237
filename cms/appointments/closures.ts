import type { CollectionAfterChangeHook } from 'payload'

import type { Calendar } from '../payload-types'
import { appointmentsQueue } from './reminders'

/** The task that cancels a calendar's bookings on days a closure now covers (cms/appointments/closureTask.ts). */
export const closureTaskSlug = 'closureCancellations'

type Closure = NonNullable<Calendar['closures']>[number]

const closureKey = (closure: Closure) => `${String(closure.from)}|${String(closure.to)}|${closure.reason}`

/** True when the calendar now has a closure it did not have before (a new one, or one with other days or reason). */
export function closuresAdded(before: Pick<Calendar, 'closures'> | null | undefined, after: Pick<Calendar, 'closures'>): boolean {
  const known = new Set((before?.closures ?? []).map(closureKey))
  return (after.closures ?? []).some((closure) => !known.has(closureKey(closure)))
}

/**
 * Calendars' afterChange: a closure added (or changed) later cancels the bookings it covers, each
 * with the closure's reason sent to the citizen — never silently. The work is queued inside the
 * save's transaction, so it runs once the closure is stored (the core reads the calendar afresh)
 * and only if the save commits; the publisher runs it at once.
 */
export const cancelBookingsOnClosure: CollectionAfterChangeHook<Calendar> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !closuresAdded(previousDoc, doc)) return doc
  await req.payload.jobs.queue({ task: closureTaskSlug, queue: appointmentsQueue, input: { calendarId: String(doc.id) }, req })
  return doc
}
