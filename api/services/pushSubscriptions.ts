import type { PushSubscription } from '../../cms/payload-types'
import type { PushSubscriptionStore } from '../../cms/notifications/push/subscriptions'
import type { PushSubscribeInput, PushSubscriptionView } from '../contract/pushSubscriptions'
import { ApiError } from '../errors'
import { isLoopbackHost } from '../standins/demoMode'

/** What the desk's web push routes need: the store, the portal's VAPID public key (null: push off), whether loopback push services count (demo). */
export type PushSubscriptionDeps = { store: PushSubscriptionStore; publicKey: string | null; allowLoopback: boolean }

const notAvailable = () => new ApiError('unavailable', 'Le notifiche push non sono attive su questo portale: il Comune non ha configurato la chiave per inviarle.')

/** A stored subscription as the citizen sees it. */
export const subscriptionToView = (s: PushSubscription): PushSubscriptionView =>
  ({ id: s.id, label: s.label || 'Browser', endpoint: s.endpoint, createdAt: s.createdAt, lastSuccessAt: s.lastSuccessAt ?? null })

/** Whether push is offered, the key to subscribe with, and the citizen's subscribed browsers. */
export async function myPushState({ store, publicKey }: PushSubscriptionDeps, citizenId: number) {
  const subscriptions = publicKey ? (await store.listByCitizen(citizenId)).map(subscriptionToView) : []
  return { available: Boolean(publicKey), publicKey, subscriptions }
}

/**
 * Opts the citizen's browser in. The endpoint is where the portal will POST: a push service over
 * https, never an address of the portal's own network (loopback only in the demo and tests).
 */
export async function subscribeMyBrowser(deps: PushSubscriptionDeps, citizenId: number, input: PushSubscribeInput): Promise<PushSubscriptionView> {
  if (!deps.publicKey) throw notAvailable()
  const endpoint = new URL(input.endpoint)
  const loopback = isLoopbackHost(endpoint.hostname)
  if (endpoint.protocol !== 'https:' && !(deps.allowLoopback && loopback && endpoint.protocol === 'http:')) {
    throw new ApiError('validation', undefined, [{ field: 'endpoint', message: 'Il servizio push del browser deve usare https.' }])
  }
  if (loopback && !deps.allowLoopback) throw new ApiError('validation', undefined, [{ field: 'endpoint', message: 'Indirizzo del servizio push non ammesso.' }])
  const saved = await deps.store.save(citizenId, { endpoint: endpoint.href, p256dh: input.keys.p256dh, auth: input.keys.auth, label: input.label || 'Browser' })
  return subscriptionToView(saved)
}

/** Removes one of the citizen's own subscriptions; anyone else's is "not found". */
export async function unsubscribeMyBrowser({ store }: PushSubscriptionDeps, citizenId: number, id: number): Promise<void> {
  if (!(await store.remove(id, citizenId))) throw new ApiError('not_found', 'Questo browser non risulta iscritto alle tue notifiche.')
}
