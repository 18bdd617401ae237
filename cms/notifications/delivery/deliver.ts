import type { Payload } from 'payload'

import { settingsOf } from '../../settings/cmsSettings'
import type { Channel, ChannelName, DeliveryOutcome } from '../channels/channel'
import { sendLetter } from '../channels/email'
import { ioChannel } from '../channels/io'
import { pushChannel } from '../channels/push'
import { queueDelivery, storedToMessage, type DeliveryMessage } from './queue'
import { maxDeliveryAttempts, retryDelayMs, type DeliveryStatus } from './vocabulary'

/** The channels the queue delivers on; tests and the bench may pass others. */
export type DeliveryChannels = Partial<Record<Exclude<ChannelName, 'desk'>, Channel>>

/** The channels besides email (which carries the row's attachments, so it is sent by sendLetter). */
const defaultChannels: DeliveryChannels = { push: pushChannel, io: ioChannel }

/** One attempt on the row's channel; a channel that throws after all counts as a retryable failure. */
async function attempt(payload: Payload, channel: string, message: DeliveryMessage, channels: DeliveryChannels): Promise<DeliveryOutcome> {
  const context = { recipient: message.recipient, publicUrl: new URL(settingsOf(payload).publicUrl) }
  try {
    if (channel === 'email' && !channels.email) return await sendLetter(payload, message.notification, context, message.attachments)
    const send = channels[channel as keyof DeliveryChannels] ?? defaultChannels[channel as keyof DeliveryChannels]
    if (!send || !message.target) return { outcome: 'skipped', reason: 'Canale non disponibile per questo destinatario' }
    return await send(payload, message.target, message.notification, context)
  } catch (error) {
    return { outcome: 'failed', reason: `Errore del canale (${(error as Error)?.name ?? 'errore'})`, retryable: true }
  }
}

const finalStatus: Record<Exclude<DeliveryOutcome['outcome'], 'failed'>, DeliveryStatus> = { sent: 'inviata', skipped: 'saltata', gone: 'iscrizione-scaduta' }

/**
 * Delivers one row of the log and records what came of it. A retryable failure below the last
 * attempt schedules the next one on the queue after an exponential wait (or the service's
 * Retry-After); anything final clears the stored content. Rows already done are left alone, so a
 * job run twice sends once.
 */
export async function deliverQueued(payload: Payload, deliveryId: number, { now = new Date(), channels = {} }: { now?: Date; channels?: DeliveryChannels } = {}): Promise<DeliveryStatus | null> {
  const row = await payload.findByID({ collection: 'notification-deliveries', id: deliveryId, depth: 0, overrideAccess: true, disableErrors: true })
  if (!row || (row.status !== 'in-coda' && row.status !== 'in-riprova') || !row.message) return null
  const attempts = (row.attempts ?? 0) + 1
  const result = await attempt(payload, row.channel, storedToMessage(row.message), channels)
  const reason = result.outcome === 'sent' ? null : result.reason
  if (result.outcome === 'failed' && result.retryable && attempts < maxDeliveryAttempts) {
    const next = new Date(now.getTime() + retryDelayMs(attempts, result.retryAfterMs))
    await payload.update({ collection: 'notification-deliveries', id: deliveryId, data: { status: 'in-riprova', attempts, lastError: reason, nextAttemptAt: next.toISOString() }, depth: 0, overrideAccess: true })
    await queueDelivery(payload, [deliveryId], next)
    return 'in-riprova'
  }
  const status = result.outcome === 'failed' ? 'non-riuscita' : finalStatus[result.outcome]
  await payload.update({
    collection: 'notification-deliveries', id: deliveryId, depth: 0, overrideAccess: true,
    data: { status, attempts, lastError: reason, nextAttemptAt: null, deliveredAt: result.outcome === 'sent' ? now.toISOString() : null, message: null },
  })
  return status
}
