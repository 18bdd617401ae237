import type { Payload } from 'payload'

/** An attachment as the upload quota counts it: its size and when it was stored. */
export type StoredUpload = { size: number; createdAt: string }

/**
 * What per-citizen quotas are counted from, all in the database so every public-server process
 * sees the same counts: the citizen's own records, and for what leaves no record (emails sent)
 * a list of times in Payload's key-value store.
 */
export function quotaStore(payload: Payload) {
  return {
    async countOpenDrafts(citizenId: number): Promise<number> {
      const { totalDocs } = await payload.count({ collection: 'practices', where: { and: [{ citizen: { equals: citizenId } }, { status: { equals: 'bozza' } }] } })
      return totalDocs
    },
    /** The attachments stored after `since` on any of the citizen's applications, drafts or not, oldest first. */
    async uploadsSince(citizenId: number, since: Date): Promise<StoredUpload[]> {
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
