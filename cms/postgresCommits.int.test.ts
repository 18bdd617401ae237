// A COMMIT that PostgreSQL refuses fails the write that made it (cms/postgresCommits.ts): never a
// rolled-back row returned as stored. The refusal is made at COMMIT time, and only then, by a
// deferred constraint trigger that raises while a row of `commit_refusals` names the table; with the
// SQLSTATE of a connection lost (08006), as a restart in the middle of a COMMIT would. PostgreSQL only
// (SQLite runs no transactions here).
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bookSlot } from './appointments/book'
import { createAppointmentFixtures, createCitizen } from './appointments/testFixtures'
import { romeInstant } from './appointments/romeTime'
import { isDatabaseUnavailable } from './databaseUnavailable'
import { startTestPayload, type TestPayload } from './testing/testPayload'

const postgres = process.env.SPORTELLO_TEST_DB === 'postgres'

let t: TestPayload
let sql: pg.Client

const refuseAtCommit = `
  CREATE TABLE commit_refusals (table_name text PRIMARY KEY);
  CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF EXISTS (SELECT 1 FROM commit_refusals WHERE table_name = TG_TABLE_NAME) THEN
      RAISE EXCEPTION 'connessione persa durante il COMMIT (prova)' USING ERRCODE = '08006';
    END IF;
    RETURN NULL;
  END $$;
  CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON booking_events DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit();
  CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON offices DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_at_commit();`

const refusing = async (table: string | null) => {
  await sql.query('DELETE FROM commit_refusals')
  if (table) await sql.query('INSERT INTO commit_refusals VALUES ($1)', [table])
}
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error)
const rows = async (query: string, values: unknown[]) => (await sql.query(query, values)).rows

describe.skipIf(!postgres)('a COMMIT refused by PostgreSQL', () => {
  beforeAll(async () => {
    t = await startTestPayload()
    sql = new pg.Client({ connectionString: t.databaseUrl })
    await sql.connect()
    await sql.query(refuseAtCommit)
  })
  afterAll(async () => {
    await sql?.end()
    await t?.cleanup()
  })

  it('fails the Local API write that made it, with the driver’s error, and nothing is kept', async () => {
    await refusing('offices')
    const error = await failure(t.payload.create({ collection: 'offices', data: { title: 'Ufficio mai salvato', slug: 'mai-salvato', type: 'ufficio', summary: 'Prova' } as never, overrideAccess: true }))
    expect(error).toBeInstanceOf(Error)
    expect(isDatabaseUnavailable(error)).toBe(true)
    expect(await rows('SELECT id FROM offices WHERE slug = $1', ['mai-salvato'])).toEqual([])

    // The same write once PostgreSQL takes it again: stored, and the pool was given its connection back.
    await refusing(null)
    const office = await t.payload.create({ collection: 'offices', data: { title: 'Ufficio salvato', slug: 'salvato', type: 'ufficio', summary: 'Prova' } as never, overrideAccess: true })
    expect(await rows('SELECT id FROM offices WHERE slug = $1', ['salvato'])).toEqual([{ id: office.id }])
  })

  it('fails a unit of work of several writes (as a submission is), and none of them is kept', async () => {
    await refusing('offices')
    // As api/data/transactions.ts and the back office's actions run theirs.
    const req = await createLocalReq({}, t.payload)
    expect(await initTransaction(req)).toBe(true)
    const error = await failure((async () => {
      try {
        await t.payload.create({ collection: 'offices', data: { title: 'Primo', slug: 'primo-insieme', type: 'ufficio', summary: 'Prova' } as never, overrideAccess: true, req })
        await t.payload.create({ collection: 'offices', data: { title: 'Secondo', slug: 'secondo-insieme', type: 'ufficio', summary: 'Prova' } as never, overrideAccess: true, req })
        await commitTransaction(req)
      } catch (error) {
        await killTransaction(req)
        throw error
      }
    })())
    expect(isDatabaseUnavailable(error)).toBe(true)
    expect(await rows('SELECT slug FROM offices WHERE slug LIKE $1', ['%-insieme'])).toEqual([])
    await refusing(null)
  })

  it('a booking whose history entry was refused at COMMIT is not acknowledged; sent again, it is, with its history once', async () => {
    const { calendar } = await createAppointmentFixtures(t.payload, 'commit', { desks: 1, horizonDays: 30 })
    const citizen = await createCitizen(t.payload, 'RSSMRA80A01B180T')
    // A Tuesday in the calendar's hours, ahead of the clock the engine is given.
    const now = new Date('2027-03-01T08:00:00.000Z')
    const request = { calendarId: calendar.id, startsAt: romeInstant('2027-03-02', '09:20'), applicant: { kind: 'citizen' as const, citizenId: citizen.id, givenName: 'Maria', familyName: 'Rossi', fiscalCode: 'RSSMRA80A01B180T' }, channel: 'online' as const, requestKey: 'chiave-commit' }

    await refusing('booking_events')
    const error = await failure(bookSlot(t.payload, request, now))
    expect(isDatabaseUnavailable(error)).toBe(true)
    const [booking] = await rows('SELECT id FROM bookings WHERE request_key = $1', ['chiave-commit'])
    expect(await rows('SELECT id FROM booking_events WHERE booking_id = $1', [booking.id])).toEqual([])

    await refusing(null)
    const again = await bookSlot(t.payload, request, now)
    expect(again.booking.id).toBe(booking.id)
    expect(await rows('SELECT kind FROM booking_events WHERE booking_id = $1', [booking.id])).toEqual([{ kind: 'prenotata' }])
  })
})
