import type { Payload } from 'payload'

import type { SessionRecord, SessionStore } from '../auth/sessions'
import { hotReads } from './hotReads'

type Row = { sessionId: string; secretHash: string; citizen: number | string | { id: number | string }; loginMethod: 'spid' | 'cie'; lastActiveAt: string; expiresAt: string }

const toRecord = (row: Row): SessionRecord => ({
  sessionId: row.sessionId,
  secretHash: row.secretHash,
  citizenId: typeof row.citizen === 'object' ? row.citizen.id : row.citizen,
  loginMethod: row.loginMethod,
  lastActiveAt: new Date(row.lastActiveAt),
  expiresAt: new Date(row.expiresAt),
})

/** Citizen sessions in the database, through the Payload Local API (the back office never sees them). */
export function sessionStore(payload: Payload): SessionStore {
  const bySessionId = (sessionId: string) => ({ sessionId: { equals: sessionId } })
  return {
    async insert(s) {
      await payload.create({
        collection: 'citizen-sessions',
        data: { sessionId: s.sessionId, secretHash: s.secretHash, citizen: s.citizenId as number, loginMethod: s.loginMethod, lastActiveAt: s.lastActiveAt.toISOString(), expiresAt: s.expiresAt.toISOString() },
      })
    },
    // Every authenticated request's read: straight to the database where there is SQL (api/data/hotReads.ts).
    async findById(sessionId) {
      const hot = hotReads(payload)
      if (hot) return hot.session(sessionId)
      const { docs } = await payload.find({ collection: 'citizen-sessions', where: bySessionId(sessionId), limit: 1, depth: 0, pagination: false })
      return docs[0] ? toRecord(docs[0] as unknown as Row) : null
    },
    async touch(sessionId, lastActiveAt) {
      await payload.update({ collection: 'citizen-sessions', where: bySessionId(sessionId), data: { lastActiveAt: lastActiveAt.toISOString() }, depth: 0 })
    },
    async delete(sessionId) {
      await payload.delete({ collection: 'citizen-sessions', where: bySessionId(sessionId) })
    },
    async deleteAllOf(citizenId) {
      await payload.delete({ collection: 'citizen-sessions', where: { citizen: { equals: citizenId } } })
    },
  }
}
