// Citizen sessions, the way the Lucia guide teaches (lucia-auth.com, "Basic session API"):
// - a token is "<id>.<secret>", each part 144 random bits; the id finds the row, the secret proves it;
// - only a SHA-256 of the secret is stored, so a leaked sessions table logs nobody in;
// - the secret is compared in constant time, so response timing says nothing about it;
// - a session ends after 30 minutes without activity (sliding) and 12 hours after login at the latest.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import type { CitizenProfileRow } from '../data/citizenProfileRow'

/** How long sessions live; `touchEveryMs` limits writes to one per minute per active session. */
export const sessionPolicy = { inactivityMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000, touchEveryMs: 60_000 }

/** How the citizen proved who they are. */
export type LoginMethod = 'spid' | 'cie'

/** A stored session: never the secret itself. */
export type SessionRecord = {
  sessionId: string
  secretHash: string
  citizenId: number | string
  loginMethod: LoginMethod
  lastActiveAt: Date
  expiresAt: Date
  /**
   * The citizen's profile as the store read it with the session, in the same statement (api/data/hotReads.ts); absent
   * when the store reads sessions alone (MongoDB, a session just created).
   */
  profile?: CitizenProfileRow
}

/** Where sessions are kept (api/data/sessions.ts keeps them in the database). */
export interface SessionStore {
  insert(session: SessionRecord): Promise<void>
  findById(sessionId: string): Promise<SessionRecord | null>
  touch(sessionId: string, lastActiveAt: Date): Promise<void>
  delete(sessionId: string): Promise<void>
  deleteAllOf(citizenId: number | string): Promise<void>
}

const randomPart = () => randomBytes(18).toString('base64url')
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** Creates a session for a citizen who just logged in; returns the token for the cookie. */
export async function createSession(store: SessionStore, citizenId: number | string, loginMethod: LoginMethod, now = new Date()) {
  const sessionId = randomPart()
  const secret = randomPart()
  const session: SessionRecord = {
    sessionId,
    secretHash: hashSecret(secret),
    citizenId,
    loginMethod,
    lastActiveAt: now,
    expiresAt: new Date(now.getTime() + sessionPolicy.absoluteMs),
  }
  await store.insert(session)
  return { token: `${sessionId}.${secret}`, session }
}

/** The session a token belongs to, or null when it is malformed, unknown, forged or expired. */
export async function validateSessionToken(store: SessionStore, token: string, now = new Date()): Promise<SessionRecord | null> {
  const [sessionId, secret, ...rest] = token.split('.')
  if (!sessionId || !secret || rest.length || sessionId.length > 64 || secret.length > 64) return null
  const session = await store.findById(sessionId)
  if (!session) return null
  const expected = Buffer.from(session.secretHash, 'hex')
  const actual = Buffer.from(hashSecret(secret), 'hex')
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null
  const idle = now.getTime() - session.lastActiveAt.getTime()
  if (now >= session.expiresAt || idle >= sessionPolicy.inactivityMs) {
    await store.delete(sessionId)
    return null
  }
  if (idle >= sessionPolicy.touchEveryMs) {
    await store.touch(sessionId, now)
    return { ...session, lastActiveAt: now }
  }
  return session
}

/** When the session will end if the citizen does nothing more (the earlier of the two limits). */
export function sessionEndsAt(session: SessionRecord): Date {
  return new Date(Math.min(session.expiresAt.getTime(), session.lastActiveAt.getTime() + sessionPolicy.inactivityMs))
}
