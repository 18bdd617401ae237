import type { Payload } from 'payload'

import type { PracticeNotification } from '../../cms/notifications/notification'
import type { CitizenMessage, Practice } from '../../cms/payload-types'
import { notifyCitizen } from '../../cms/practices/notifyCitizen'
import type { Transaction } from './transactions'

/** The municipality's messages to citizens ("Messaggi"), through the Payload Local API. Services check ownership. */
export function citizenMessageStore(payload: Payload) {
  return {
    /** The citizen's latest messages, newest first. */
    async listByCitizen(citizenId: number): Promise<CitizenMessage[]> {
      const { docs } = await payload.find({ collection: 'citizen-messages', where: { citizen: { equals: citizenId } }, sort: '-createdAt', depth: 0, limit: 200 })
      return docs
    },
    /** Marks one of the citizen's unread messages read; false when there was none to mark. */
    async markRead(id: number, citizenId: number): Promise<boolean> {
      const { docs } = await payload.update({ collection: 'citizen-messages', where: { and: [{ id: { equals: id } }, { citizen: { equals: citizenId } }, { readAt: { exists: false } }] }, data: { readAt: new Date().toISOString() } })
      return docs.length > 0
    },
    /** Whether the citizen has had any message about the application. */
    async hasAbout(practiceId: number, tx?: Transaction): Promise<boolean> {
      const { totalDocs } = await payload.count({ collection: 'citizen-messages', where: { practice: { equals: practiceId } }, req: tx })
      return totalDocs > 0
    },
    /** Tells the citizen about an application the way the back office does (cms/practices/notifyCitizen.ts): desk message and queued deliveries, in the transaction. */
    async notify(practice: Pick<Practice, 'id' | 'citizen'>, notification: PracticeNotification, tx: Transaction): Promise<void> {
      await notifyCitizen(tx, practice, notification)
    },
  }
}

export type CitizenMessageStore = ReturnType<typeof citizenMessageStore>
