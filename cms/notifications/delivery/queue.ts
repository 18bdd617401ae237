import type { Payload, PayloadRequest } from 'payload'

import type { DeliveryTarget } from '../channels/channel'
import type { Notification, Recipient } from '../notification'

/** The queue notification deliveries run on (the publisher runs every queue: cms/publishing/publisherLoop.ts). */
export const notificationQueue = 'notifiche'
/** The task that delivers one row of the delivery log. */
export const deliverTaskSlug = 'deliverNotification'

/** An email attachment as the delivery log keeps it until sent (text, e.g. an .ics). */
export type StoredAttachment = { filename: string; content: string; contentType: string }

/** What a queued delivery needs, kept on its row until the delivery ends. */
export type DeliveryMessage = { notification: Notification; recipient: Recipient; target?: DeliveryTarget; attachments?: StoredAttachment[] }

/** Queues the delivery of one row, now or at `waitUntil` (a retry), in the caller's transaction when given. */
export async function queueDelivery(payload: Payload, deliveryId: number, waitUntil?: Date, req?: PayloadRequest): Promise<void> {
  await payload.jobs.queue({ task: deliverTaskSlug, queue: notificationQueue, input: { deliveryId }, ...(waitUntil ? { waitUntil } : {}), req })
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/

/** A stored message read back: the dates JSON turned into text are dates again, as the templates expect. */
export function storedToMessage(stored: unknown): DeliveryMessage {
  return JSON.parse(JSON.stringify(stored), (_key, value: unknown) => (typeof value === 'string' && isoDateTime.test(value) ? new Date(value) : value)) as DeliveryMessage
}
