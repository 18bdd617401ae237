import type { Payload } from 'payload'

import { dateOf, flatTableOf } from '../../cms/flatRows'
import type { Practice, PracticeAttachment } from '../../cms/payload-types'

/** An attachment as the upload quota counts it: its size and when it was stored. */
export type StoredUpload = { size: number; createdAt: string }

/**
 * What per-citizen quotas are counted from, all in the database so every public-server process
 * sees the same counts: the citizen's own records, and for what leaves no record (emails sent)
 * a list of times in Payload's key-value store.
 */
export function quotaStore(payload: Payload) {
  // Straight from the tables where there are (cms/flatRows.ts): every new draft and every upload counts.
  const practiceRows = flatTableOf<Practice>(payload, 'practices')
  const attachmentRows = flatTableOf<PracticeAttachment>(payload, 'practice-attachments')
  return {
    async countOpenDrafts(citizenId: number): Promise<number> {
      const p = practiceRows()
      if (p) {
        const [row] = await p.query('bozze_aperte', (n) => `SELECT count(*) AS "drafts" FROM ${p.table} WHERE ${p.column('citizen')} = ${n(1)} AND ${p.column('status')} = ${n(2)}`, [citizenId, 'bozza'])
        return Number(row?.drafts ?? 0)
      }
      const { totalDocs } = await payload.count({ collection: 'practices', where: { and: [{ citizen: { equals: citizenId } }, { status: { equals: 'bozza' } }] } })
      return totalDocs
    },
    /** The attachments stored after `since` on any of the citizen's applications, drafts or not, oldest first. */
    async uploadsSince(citizenId: number, since: Date): Promise<StoredUpload[]> {
      const [p, a] = [practiceRows(), attachmentRows()]
      if (p && a) {
        const rows = await a.query('caricamenti_recenti', (n) =>
          `SELECT a.${a.column('size')} AS "size", a.${a.column('createdAt')} AS "createdAt" FROM ${a.table} a JOIN ${p.table} p ON p.${p.column('id')} = a.${a.column('practice')} ` +
          `WHERE p.${p.column('citizen')} = ${n(1)} AND a.${a.column('createdAt')} > ${n(2)} ORDER BY a.${a.column('createdAt')}, a.${a.column('id')}`, [citizenId, since.toISOString()])
        return rows.map((row) => ({ size: Number(row.size), createdAt: dateOf(row.createdAt)! }))
      }
      const { docs } = await payload.find({
        collection: 'practice-attachments', where: { and: [{ 'practice.citizen': { equals: citizenId } }, { createdAt: { greater_than: since.toISOString() } }] },
        select: { size: true, createdAt: true }, sort: 'createdAt', depth: 0, pagination: false,
      })
      return docs.map((doc) => ({ size: doc.size, createdAt: doc.createdAt }))
    },
    /** The times (ISO strings) recorded under a key. */
    async readTimes(key: string): Promise<string[]> {
      const times = await payload.kv.get<string[]>(key)
      return Array.isArray(times) ? times : []
    },
    async writeTimes(key: string, times: string[]): Promise<void> {
      await payload.kv.set(key, times)
    },
  }
}

export type QuotaStore = ReturnType<typeof quotaStore>
