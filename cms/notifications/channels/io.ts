// The IO channel: the notification's IO rendering (renderIo: subject, Markdown, the pagoPA notice of a
// payment) to the citizen's IO app, only when the citizen has IO and allows the Comune's service, as
// the IO Services API asks every sender to check first.
import { settingsOf } from '../../settings/cmsSettings'
import { createIoClient, type IoFailure, type IoSettings } from '../io/client'
import { renderIo } from '../render'
import type { Channel, DeliveryOutcome } from './channel'

/** What the channel reaches IO with; tests and the bench pass their own. */
export type IoChannelDeps = { fetchFn?: typeof fetch }

/** The IO channel over some dependencies. */
export function createIoChannel({ fetchFn = fetch }: IoChannelDeps = {}): Channel {
  return async (payload, target, notification, context) => {
    const settings: IoSettings | null = settingsOf(payload).io
    if (!settings) return { outcome: 'skipped', reason: 'IO non configurato' }
    const io = createIoClient(settings, fetchFn)
    const profile = await io.getProfile(target.fiscalCode)
    if (profile.kind === 'not-found') return { outcome: 'skipped', reason: 'Il cittadino non usa l’app IO' }
    if (profile.kind === 'failure') return failureToOutcome(profile)
    if (!profile.senderAllowed) return { outcome: 'skipped', reason: 'Il cittadino ha disattivato il servizio del Comune in IO' }
    const sent = await io.submitMessage(target.fiscalCode, renderIo(notification, context))
    if (sent.kind === 'created') return { outcome: 'sent', providerId: sent.id }
    if (sent.kind === 'not-found') return { outcome: 'skipped', reason: 'Il cittadino non usa l’app IO' }
    if (sent.kind === 'forbidden') return { outcome: 'skipped', reason: 'Il cittadino ha disattivato il servizio del Comune in IO' }
    return failureToOutcome(sent)
  }
}

/** IO's refusals: throttled (429), unavailable (5xx, no answer) are retried; a bad message or key is not. */
export function failureToOutcome({ status, retryAfterMs }: IoFailure): DeliveryOutcome {
  if (status === null) return { outcome: 'failed', reason: 'IO non raggiungibile', retryable: true }
  if (status === 429) return { outcome: 'failed', reason: 'IO: troppe richieste (HTTP 429)', retryable: true, retryAfterMs }
  if (status >= 500) return { outcome: 'failed', reason: `IO non disponibile (HTTP ${status})`, retryable: true, retryAfterMs }
  if (status === 401 || status === 403) return { outcome: 'failed', reason: `IO: chiave del servizio rifiutata (HTTP ${status})`, retryable: false }
  return { outcome: 'failed', reason: `IO: messaggio rifiutato (HTTP ${status})`, retryable: false }
}

/** The IO channel the dispatcher calls. */
export const ioChannel: Channel = createIoChannel()
