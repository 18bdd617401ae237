// The direct reads against Payload's own, on the same rows (SQLite, and PostgreSQL with SPORTELLO_TEST_DB=postgres):
// a field renamed, a column type or a table changed makes them differ or fail here first.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { createSession } from '../auth/sessions'
import { citizenStore } from './citizens'
import { hotReads, selectOneSql, type HotReads } from './hotReads'
import { sessionStore } from './sessions'

let t: TestPayload
let hot: HotReads

beforeAll(async () => {
  t = await startTestPayload()
  hot = hotReads(t.payload)!
})
afterAll(async () => {
  await t?.cleanup()
})

const profileFields = ['id', 'fiscalCode', 'givenName', 'familyName', 'birthDate', 'birthPlace', 'idpEmail', 'idpPhone', 'contacts', 'pendingEmail'] as const

/** Payload's read of a citizen, cut to what the direct read returns (null where Payload has nothing). */
async function payloadProfile(id: number) {
  const doc = await t.payload.findByID({ collection: 'citizens', id, depth: 0 })
  const c = doc.contacts ?? {}
  return {
    ...Object.fromEntries(profileFields.slice(0, 8).map((f) => [f, doc[f] ?? null])),
    contacts: { email: c.email ?? null, phone: c.phone ?? null, address: c.address ?? null, postalCode: c.postalCode ?? null, city: c.city ?? null, preferredChannel: c.preferredChannel ?? null },
    pendingEmail: { address: doc.pendingEmail?.address ?? null },
  }
}

/** Payload's read of a session row, as api/data/sessions.ts made it before the direct read. */
async function payloadSession(sessionId: string) {
  const { docs: [row] } = await t.payload.find({ collection: 'citizen-sessions', where: { sessionId: { equals: sessionId } }, depth: 0, limit: 1 })
  if (!row) return null
  return {
    sessionId: row.sessionId, secretHash: row.secretHash, citizenId: typeof row.citizen === 'object' ? row.citizen.id : row.citizen,
    loginMethod: row.loginMethod, lastActiveAt: new Date(row.lastActiveAt), expiresAt: new Date(row.expiresAt),
  }
}

describe('direct reads on Payload’s own connection', () => {
  it('is there on the SQL databases', () => {
    expect(hot).toBeTruthy()
    expect((t.payload.db as { name: string }).name).toBe(process.env.SPORTELLO_TEST_DB === 'postgres' ? 'postgres' : 'sqlite')
  })

  it('reads a citizen with every field set exactly as Payload does', async () => {
    const created = await t.payload.create({
      collection: 'citizens',
      data: {
        fiscalCode: 'CPTGNN85C54B180W', givenName: 'Giovanna', familyName: 'Caputo', birthDate: '1985-03-14', birthPlace: 'B180',
        idpEmail: 'giovanna@example.it', idpPhone: '+39 333 0000000', lastLoginAt: new Date().toISOString(), notificationPreferences: { x: 1 },
        contacts: { email: 'g.caputo@example.it', phone: '+39 333 1234567', address: 'Via Roma 10', postalCode: '72100', city: 'Brindisi', preferredChannel: 'sms' },
        pendingEmail: { address: 'nuova@example.it', tokenHash: 'a'.repeat(64), expiresAt: new Date().toISOString() },
      },
    })
    const direct = await hot.citizenProfile(created.id)
    expect(direct).toEqual(await payloadProfile(created.id))
    expect(direct).toMatchObject({ fiscalCode: 'CPTGNN85C54B180W', contacts: { postalCode: '72100', preferredChannel: 'sms' }, pendingEmail: { address: 'nuova@example.it' } })
    // Neither the confirmation token's hash nor anything else the desk does not show.
    expect(JSON.stringify(direct)).not.toContain('a'.repeat(64))
  })

  it('reads a citizen with only the required fields exactly as Payload does', async () => {
    const created = await t.payload.create({ collection: 'citizens', data: { fiscalCode: 'VLNMRC79H03B180T', givenName: 'Marco', familyName: 'Valente' } })
    expect(await hot.citizenProfile(created.id)).toEqual(await payloadProfile(created.id))
    expect(await hot.citizenProfile(created.id + 1000)).toBeNull()
  })

  it('reads a session exactly as Payload does, with its citizen’s profile in the same statement, and nothing once it is deleted', async () => {
    const citizen = await citizenStore(t.payload).findByFiscalCode('CPTGNN85C54B180W')
    const store = sessionStore(t.payload)
    const { session } = await createSession(store, citizen!.id, 'cie', new Date('2026-12-06T08:00:00.123Z'))
    const split = async (sessionId: string) => {
      const read = await hot.session(sessionId)
      if (!read) return null
      const { profile, ...row } = read
      return { row, profile }
    }
    const direct = await split(session.sessionId)
    expect(direct!.row).toEqual(await payloadSession(session.sessionId))
    expect(direct!.row).toEqual(session)
    expect(direct!.profile).toEqual(await payloadProfile(citizen!.id))
    await store.touch(session.sessionId, new Date('2026-12-06T08:05:00.456Z'))
    expect((await hot.session(session.sessionId))!.lastActiveAt).toEqual(new Date('2026-12-06T08:05:00.456Z'))
    expect((await split(session.sessionId))!.row).toEqual(await payloadSession(session.sessionId))
    // The citizen's change is in the session's next read: the join reads the citizen's row as it is now.
    await citizenStore(t.payload).update(citizen!.id, { contacts: { ...citizen!.contacts, phone: '+39 333 7654321' } })
    expect((await hot.session(session.sessionId))!.profile).toMatchObject({ id: citizen!.id, contacts: { phone: '+39 333 7654321' } })
    expect((await hot.session(session.sessionId))!.profile).toEqual(await payloadProfile(citizen!.id))
    await store.delete(session.sessionId)
    expect(await hot.session(session.sessionId)).toBeNull()
    expect(await hot.session('x'.repeat(24))).toBeNull()
  })

  it('is what the session check and the desk’s profile read use: no Local API call', async () => {
    const citizen = await citizenStore(t.payload).findByFiscalCode('VLNMRC79H03B180T')
    const { session } = await createSession(sessionStore(t.payload), citizen!.id, 'spid')
    const find = vi.spyOn(t.payload, 'find')
    const findByID = vi.spyOn(t.payload, 'findByID')
    try {
      expect(await sessionStore(t.payload).findById(session.sessionId)).toEqual({ ...session, profile: await hot.citizenProfile(citizen!.id) })
      expect(await citizenStore(t.payload).findProfileById(citizen!.id)).toMatchObject({ fiscalCode: 'VLNMRC79H03B180T' })
      expect(find).not.toHaveBeenCalled()
      expect(findByID).not.toHaveBeenCalled()
    } finally {
      vi.restoreAllMocks()
    }
  })

  it('names its columns from Payload’s schema, and refuses a field the collection does not have', () => {
    expect(selectOneSql(t.payload, 'citizen-sessions', ['sessionId', 'citizen'], 'sessionId', '?'))
      .toBe('SELECT "session_id" AS "sessionId", "citizen_id" AS "citizen" FROM "citizen_sessions" WHERE "session_id" = ? LIMIT 1')
    expect(() => selectOneSql(t.payload, 'citizens', ['fiscalCode', 'contacts_fax'], 'id', '?')).toThrow('contacts_fax')
    expect(() => selectOneSql(t.payload, 'citizen-logins', ['id'], 'id', '?')).toThrow('citizen-logins')
  })
})
