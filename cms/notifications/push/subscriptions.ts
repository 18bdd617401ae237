// The browsers each citizen allowed to receive web push (collection push-subscriptions), through the
// Payload Local API: the desk's routes and the push channel are the only writers.
import type { Payload } from 'payload'

import type { PushSubscription } from '../../payload-types'

/** What a browser gives when the citizen opts in, and how it presented itself. */
export type NewPushSubscription = { endpoint: string; p256dh: string; auth: string; label: string }

/** Browsers one citizen may keep subscribed; opting in on one more forgets the oldest. */
export const maxSubscriptionsPerCitizen = 10

/** The push subscriptions store. Callers check who may name which row: every method takes the citizen. */
export function pushSubscriptionStore(payload: Payload) {
  const collection = 'push-subscriptions' as const
  return {
    /** The citizen's subscribed browsers, newest first. */
    async listByCitizen(citizenId: number): Promise<PushSubscription[]> {
      const { docs } = await payload.find({ collection, where: { citizen: { equals: citizenId } }, sort: '-createdAt', depth: 0, limit: maxSubscriptionsPerCitizen })
      return docs
    },
    /**
     * Saves a browser's subscription for the citizen. An endpoint names one browser profile: when
     * another citizen had opted in on it, the browser now follows whoever opted in last.
     */
    async save(citizenId: number, subscription: NewPushSubscription): Promise<PushSubscription> {
      const { docs: [existing] } = await payload.find({ collection, where: { endpoint: { equals: subscription.endpoint } }, depth: 0, limit: 1 })
      if (existing) return payload.update({ collection, id: existing.id, data: { ...subscription, citizen: citizenId }, depth: 0 })
      const { docs: older } = await payload.find({ collection, where: { citizen: { equals: citizenId } }, sort: '-createdAt', depth: 0, limit: 100 })
      for (const old of older.slice(maxSubscriptionsPerCitizen - 1)) await payload.delete({ collection, id: old.id })
      return payload.create({ collection, data: { ...subscription, citizen: citizenId }, depth: 0 })
    },
    /** Removes one of the citizen's subscriptions; false when the citizen has none by that id. */
    async remove(id: number, citizenId: number): Promise<boolean> {
      const { docs } = await payload.delete({ collection, where: { and: [{ id: { equals: id } }, { citizen: { equals: citizenId } }] } })
      return docs.length > 0
    },
    /** Forgets a subscription the push service says is gone. */
    async removeGone(id: number): Promise<void> {
      await payload.delete({ collection, where: { id: { equals: id } } })
    },
    /** Records a delivery the push service accepted. */
    async markDelivered(id: number, at: Date = new Date()): Promise<void> {
      await payload.update({ collection, where: { id: { equals: id } }, data: { lastSuccessAt: at.toISOString() } })
    },
  }
}

/** The push subscriptions store over one Payload instance. */
export type PushSubscriptionStore = ReturnType<typeof pushSubscriptionStore>
