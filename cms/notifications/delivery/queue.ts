import type { Payload, PayloadRequest } from 'payload'

import type { DeliveryTarget } from '../channels/channel'
import type { Notification, Recipient } from '../notification'

/** The queue notification deliveries run on (the publisher runs every queue: cms/publishing/publisherLoop.ts). */
export const notificationQueue = 'notifiche'
/** The task that delivers rows of the delivery log (a notification's channels). */
export const deliverTaskSlug = 'deliverNotification'

/** An email attachment as the delivery log keeps it until sent (text, e.g. an .ics). */
export type StoredAttachment = { filename: string; content: string; contentType: string }

/** What a queued delivery needs, kept on its row until the delivery ends. */
export type DeliveryMessage = { notification: Notification; recipient: Recipient; target?: DeliveryTarget; attachments?: StoredAttachment[] }

/**
 * Queues the delivery of rows of the log, now or at `waitUntil` (a retry), in the caller's transaction when given: one
 * job for a notification's channels, which its task delivers one after the other (cms/notifications/delivery/deliverTask.ts).
 */
export async function queueDelivery(payload: Payload, deliveryIds: number[], waitUntil?: Date, req?: PayloadRequest): Promise<void> {
  if (!deliveryIds.length) return
  await payload.jobs.queue({ task: deliverTaskSlug, queue: notificationQueue, input: { deliveryIds }, ...(waitUntil ? { waitUntil } : {}), req })
}

/** The rows a job delivers: its list, or the one row of a job queued before jobs carried lists. */
export const deliveryIdsOf = (input: { deliveryIds?: unknown; deliveryId?: number | null }): number[] =>
  Array.isArray(input.deliveryIds) ? input.deliveryIds.filter((id): id is number => typeof id === 'number') : input.deliveryId != null ? [input.deliveryId] : []

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

/** A stored message read back: the dates JSON turned into text are dates again, as the templates expect. */
export function storedToMessage(stored: unknown): DeliveryMessage {
  return JSON.parse(JSON.stringify(stored), (_key, value: unknown) => (typeof value === 'string' && isoDateTime.test(value) ? new Date(value) : value)) as DeliveryMessage
}
