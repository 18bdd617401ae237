// The web push channel: the notification's short rendering (renderPush) to every browser the citizen
// subscribed from the desk. Browsers the push service says are gone are forgotten on the spot.
import type { Payload } from 'payload'

import { settingsOf } from '../../settings/cmsSettings'
import { sendWebPush } from '../push/send'
import { pushSubscriptionStore } from '../push/subscriptions'
import { privateKeyToVapidKeys } from '../push/vapid'
import { renderPush } from '../render'
import type { Channel, DeliveryOutcome } from './channel'

/** What the channel reaches the outside with; tests and the bench pass their own. */
export type PushChannelDeps = { fetchFn?: typeof fetch; store?: (payload: Payload) => ReturnType<typeof pushSubscriptionStore> }

/**
 * The push channel over some dependencies. One outcome for all of the citizen's browsers: sent when
 * any accepted it (a retry would show the message twice on the others), else retryable when any
 * failure is, else gone when every subscription was.
 */
export function createPushChannel({ fetchFn = fetch, store = pushSubscriptionStore }: PushChannelDeps = {}): Channel {
  return async (payload, target, notification, context) => {
    const settings = settingsOf(payload).push
    if (!settings) return { outcome: 'skipped', reason: 'Notifiche push non configurate' }
    try {
      const subscriptions = store(payload)
      const browsers = await subscriptions.listByCitizen(target.citizenId)
      if (!browsers.length) return { outcome: 'skipped', reason: 'Nessun browser iscritto alle notifiche push' }
      const vapid = { ...privateKeyToVapidKeys(settings.privateKey), subject: settings.subject }
      const message = renderPush(notification, context)
      const outcomes: DeliveryOutcome[] = []
      for (const browser of browsers) {
        const outcome = await sendWebPush({ endpoint: browser.endpoint, keys: { p256dh: browser.p256dh, auth: browser.auth } }, message, vapid, fetchFn)
        if (outcome.outcome === 'gone') await subscriptions.removeGone(browser.id)
        if (outcome.outcome === 'sent') await subscriptions.markDelivered(browser.id)
        outcomes.push(outcome)
      }
      return outcomesToOne(outcomes)
    } catch {
      // The database, most likely: the attempt is worth repeating.
      return { outcome: 'failed', reason: 'Errore interno durante l’invio push', retryable: true }
    }
  }
}

/** One outcome for a message sent to several browsers. */
export function outcomesToOne(outcomes: DeliveryOutcome[]): DeliveryOutcome {
  const sent = outcomes.find((o) => o.outcome === 'sent')
  if (sent) return sent
  const retryable = outcomes.find((o) => o.outcome === 'failed' && o.retryable)
  if (retryable) return retryable
  return outcomes.find((o) => o.outcome === 'failed') ?? outcomes[0] ?? { outcome: 'skipped', reason: 'Nessun browser iscritto alle notifiche push' }
}

/** The push channel the dispatcher calls. */
export const pushChannel: Channel = createPushChannel()
