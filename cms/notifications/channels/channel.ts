import type { Payload } from 'payload'

import type { Notification, RenderContext } from '../notification'

/** The channels a notification can travel on: email, the desk's "Messaggi", web push, the IO app. */
export const channelNames = ['email', 'desk', 'push', 'io'] as const
export type ChannelName = (typeof channelNames)[number]

/** A web push message as the citizen's browser shows it (the service worker reads this JSON). */
export type PushMessage = { title: string; body: string; url: string; tag: string }

/** The pagoPA notice attached to an IO message, so the citizen pays from the app (io-functions-services PaymentData). */
export type IoPaymentData = { amountCents: number; noticeNumber: string; payeeFiscalCode: string; invalidAfterDueDate?: boolean }

/** An IO message (io-functions-services NewMessage content): subject 10–120 characters, Markdown 80–10000. */
export type IoMessage = { subject: string; markdown: string; dueDate?: string; paymentData?: IoPaymentData }

/** The citizen a delivery is for, as every channel needs them. */
export type DeliveryTarget = { citizenId: number; fiscalCode: string; givenName: string; familyName: string; email: string | null }

/**
 * What one attempt gave: sent; skipped (nothing to deliver to: no address, no subscription, the
 * citizen has not enabled the Comune's service in IO); failed (retryable or not); gone (the push
 * service says the subscription no longer exists: it is removed, never retried).
 */
export type DeliveryOutcome =
  | { outcome: 'sent'; providerId?: string }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'failed'; reason: string; retryable: boolean; retryAfterMs?: number }
  | { outcome: 'gone'; reason: string }

/** One channel: delivers a notification to a citizen, returning what happened instead of throwing. */
export type Channel = (payload: Payload, target: DeliveryTarget, notification: Notification, context: RenderContext) => Promise<DeliveryOutcome>
