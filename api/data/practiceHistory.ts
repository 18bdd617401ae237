import type { Payload } from 'payload'

import { flatTableOf } from '../../cms/flatRows'
import type { PracticeEvent } from '../../cms/payload-types'
import { recordPracticeEvent, type PracticeEventInput } from '../../cms/practices/recordPracticeEvent'
import type { Transaction } from './transactions'

/** An entry of an application's history, as the citizen's API writes it. */
export type NewHistoryEntry = Omit<PracticeEventInput, 'req'>

/** Applications' history (append-only), through the Payload Local API. */
export function practiceHistoryStore(payload: Payload) {
  // Straight from the table where there is one (cms/flatRows.ts): every view of an application reads its history.
  const directRows = flatTableOf<PracticeEvent>(payload, 'practice-events')
  return {
    /** The entries the citizen may see, oldest first. */
    async citizenHistory(practiceId: number): Promise<PracticeEvent[]> {
      const rows = directRows()
      if (rows) {
        // TRUE is a boolean on PostgreSQL and 1 on SQLite, as each stores a checkbox: one text for both.
        return rows.select('storia_cittadino', (p) => `SELECT ${rows.selectList()} FROM ${rows.table} WHERE ${rows.column('practice')} = ${p(1)} AND ${rows.column('visibleToCitizen')} = TRUE ORDER BY ${rows.column('createdAt')}, ${rows.column('id')}`, [practiceId])
      }
      const { docs } = await payload.find({ collection: 'practice-events', where: { and: [{ practice: { equals: practiceId } }, { visibleToCitizen: { equals: true } }] }, sort: 'createdAt', depth: 0, pagination: false })
      return docs
    },
    /** Whether the application's history already has an entry of this kind. */
    async has(practiceId: number, kind: PracticeEvent['kind'], tx?: Transaction): Promise<boolean> {
      const { totalDocs } = await payload.count({ collection: 'practice-events', where: { and: [{ practice: { equals: practiceId } }, { kind: { equals: kind } }] }, req: tx })
      return totalDocs > 0
    },
    /** Appends an entry, written the way the back office writes its own (cms/practices/recordPracticeEvent.ts). */
    async record(entry: NewHistoryEntry, tx: Transaction): Promise<void> {
      return recordPracticeEvent({ ...entry, req: tx })
    },
    /** Deletes a draft's history (a draft's history is only its creation). */
    async removeAllOf(practiceId: number): Promise<void> {
      await payload.delete({ collection: 'practice-events', where: { practice: { equals: practiceId } } })
    },
  }
}

export type PracticeHistoryStore = ReturnType<typeof practiceHistoryStore>
