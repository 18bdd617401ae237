// One web push message to one browser: web-push encrypts it (RFC 8291, aes128gcm) and signs the
// VAPID header (RFC 8292); the portal sends the request itself with fetch, so a timeout bounds it
// and the demo's and tests' loopback receivers (plain http) are reached the same way as a real one.
import webpush from 'web-push'

import type { DeliveryOutcome, PushMessage } from '../channels/channel'
import { retryAfterToMs } from '../channels/retryAfter'
import type { VapidKeys } from './vapid'

/** A browser's subscription as the Push API gives it (PushSubscription.toJSON()). */
export type BrowserSubscription = { endpoint: string; keys: { p256dh: string; auth: string } }

/** How long a push service keeps a message for a browser that is offline (seconds): two days. */
const timeToLiveSeconds = 2 * 24 * 60 * 60
const timeoutMs = 10_000

/** Sends one message; 404/410 say the subscription is gone, 429 and 5xx are worth retrying. Never throws. */
export async function sendWebPush(subscription: BrowserSubscription, message: PushMessage, vapid: VapidKeys & { subject: string }, fetchFn: typeof fetch = fetch): Promise<DeliveryOutcome> {
  let request: ReturnType<typeof webpush.generateRequestDetails>
  try {
    request = webpush.generateRequestDetails(subscription, JSON.stringify(message), { vapidDetails: vapid, TTL: timeToLiveSeconds, urgency: 'normal' })
  } catch {
    // Keys the browser gave that do not make a P-256 point or a 16-byte secret: this subscription can never work.
    return { outcome: 'gone', reason: 'Chiavi dell’iscrizione non valide' }
  }
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]))
  let response: Response
  try {
    response = await fetchFn(request.endpoint, { method: 'POST', headers, body: request.body ? new Uint8Array(request.body) : undefined, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' })
  } catch {
    return { outcome: 'failed', reason: 'Servizio push non raggiungibile', retryable: true }
  }
  await response.body?.cancel()
  return responseToOutcome(response)
}

/** What a push service's answer means for the delivery (RFC 8030 §5, §8.3). */
export function responseToOutcome(response: Pick<Response, 'status' | 'headers'>): DeliveryOutcome {
  const { status } = response
  if (status >= 200 && status < 300) return { outcome: 'sent', providerId: response.headers.get('location') ?? undefined }
  if (status === 404 || status === 410) return { outcome: 'gone', reason: `Iscrizione scaduta o revocata (HTTP ${status})` }
  if (status === 429 || status >= 500) return { outcome: 'failed', reason: `Servizio push occupato (HTTP ${status})`, retryable: true, retryAfterMs: retryAfterToMs(response.headers.get('retry-after')) }
  return { outcome: 'failed', reason: `Richiesta rifiutata dal servizio push (HTTP ${status})`, retryable: false }
}
