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
  // A session's activity written while another request of the same session writes it would be the same write again:
  // the desk's parallel calls, or a burst, all see the minute passed at once. They wait for the one in flight.
  const touching = new Map<string, Promise<void>>()
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
    touch(sessionId, lastActiveAt) {
      const inFlight = touching.get(sessionId)
      if (inFlight) return inFlight
      const write = payload.update({ collection: 'citizen-sessions', where: bySessionId(sessionId), data: { lastActiveAt: lastActiveAt.toISOString() }, depth: 0 })
        .then(() => undefined)
        .finally(() => touching.delete(sessionId))
      touching.set(sessionId, write)
      return write
    },
    async delete(sessionId) {
      await payload.delete({ collection: 'citizen-sessions', where: bySessionId(sessionId) })
    },
    async deleteAllOf(citizenId) {
      await payload.delete({ collection: 'citizen-sessions', where: { citizen: { equals: citizenId } } })
    },
  }
}
