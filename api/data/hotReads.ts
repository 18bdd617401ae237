// The reads every authenticated request makes — its session, by the id in the token, with the citizen it belongs to
// (one statement: a join on the citizen's primary key), and the citizen alone, by primary key, where a page reads it
// without the session — as one parameterised statement each (SQLite: a read-only connection of the portal's own,
// cms/sqliteReads.ts; PostgreSQL: Payload's pg pool, as named prepared statements), not through the Local API: for a row of a
// few columns the Local API's per-call work (operation, access, hooks and field traversal, the citizen's join of
// notification deliveries) cost more than the query. Only reads: sessions are still created, refreshed and deleted
// through Payload (api/data/sessions.ts), and the checks on a session stay in api/auth/sessions.ts.
// Table and column names are Payload's own, from its drizzle schema (the collection's slug, the fields' names), so a
// renamed field renames the query; api/data/hotReads.int.test.ts compares each read with Payload's on the same rows.
// On MongoDB there is no SQL: hotReads is null and the stores keep the Local API.
import type { Payload } from 'payload'

import type { Citizen } from '../../cms/payload-types'
import { flatRows, quote } from '../../cms/flatRows'
import { sqliteReads } from '../../cms/sqliteReads'
import { sqlColumnName, sqlTableName } from '../../cms/sqlTables'
import type { LoginMethod, SessionRecord } from '../auth/sessions'
import type { CitizenProfileRow } from './citizenProfileRow'

/** The direct reads. */
export type HotReads = {
  /** The session with its citizen's profile. */
  session(sessionId: string): Promise<SessionRecord | null>
  citizenProfile(id: number): Promise<CitizenProfileRow | null>
}

/** Fields read, by their key in Payload's drizzle schema (a group's field is `group_field`), each under its own alias. */
const sessionFields = ['sessionId', 'secretHash', 'citizen', 'loginMethod', 'lastActiveAt', 'expiresAt'] as const
const citizenFields = [
  'id', 'fiscalCode', 'givenName', 'familyName', 'birthDate', 'birthPlace', 'idpEmail', 'idpPhone',
  'contacts_email', 'contacts_phone', 'contacts_address', 'contacts_postalCode', 'contacts_city', 'contacts_preferredChannel',
  'pendingEmail_address',
] as const

type Row = Record<string, unknown>
/** `<alias>.<column> AS "<field>"` for each field of a collection, its columns named by Payload's schema. */
function selectList(payload: Payload, slug: string, fields: readonly string[], alias = ''): string {
  return fields.map((field) => `${alias ? `${quote(alias)}.` : ''}${column(payload, slug, field)} AS ${quote(field)}`).join(', ')
}
/** A collection's table, quoted; throws when the collection is not in the schema. */
function table(payload: Payload, slug: string): string {
  const tableName = sqlTableName(payload, slug)
  if (!tableName) throw new Error(`hotReads: tabella della collezione ${slug} non trovata nello schema di Payload`)
  return quote(tableName)
}
const column = (payload: Payload, slug: string, field: string) => quote(sqlColumnName(payload, slug, field))

/**
 * `SELECT <columns> FROM <table> WHERE <key> = <parameter> LIMIT 1` for a collection, from Payload's schema; throws
 * when the collection or a field is not there (a field renamed or removed must change this module too).
 */
export function selectOneSql(payload: Payload, slug: string, fields: readonly string[], key: string, parameter: '?' | '$1'): string {
  return `SELECT ${selectList(payload, slug, fields)} FROM ${table(payload, slug)} WHERE ${column(payload, slug, key)} = ${parameter} LIMIT 1`
}

// The joined row names each column by its field, as each table's own statement does: the two lists share no name.
const shared = sessionFields.filter((field) => (citizenFields as readonly string[]).includes(field))
if (shared.length) throw new Error(`hotReads: campi con lo stesso nome nella sessione e nel cittadino: ${shared.join(', ')}`)
/**
 * The session by its id, with its citizen's columns: one join on the citizen's primary key. A session always has its
 * citizen (the column is required: the database refuses to delete a citizen who still has one); were it ever without,
 * the session would not be found, and the request would be anonymous.
 */
export function sessionWithCitizenSql(payload: Payload, parameter: '?' | '$1'): string {
  const s = (field: string) => `"s".${column(payload, 'citizen-sessions', field)}`
  return `SELECT ${selectList(payload, 'citizen-sessions', sessionFields, 's')}, ${selectList(payload, 'citizens', citizenFields, 'c')} ` +
    `FROM ${table(payload, 'citizen-sessions')} "s" JOIN ${table(payload, 'citizens')} "c" ON "c".${column(payload, 'citizens', 'id')} = ${s('citizen')} ` +
    `WHERE ${s('sessionId')} = ${parameter} LIMIT 1`
}

const text = (value: unknown) => (value == null ? null : String(value))

const toSession = (row: Row): SessionRecord => ({
  sessionId: String(row.sessionId),
  secretHash: String(row.secretHash),
  citizenId: Number(row.citizen),
  loginMethod: row.loginMethod as LoginMethod,
  // SQLite keeps ISO text, PostgreSQL's driver gives a Date: both make the same Date.
  lastActiveAt: new Date(row.lastActiveAt as string | Date),
  expiresAt: new Date(row.expiresAt as string | Date),
  profile: toCitizen(row),
})

const toCitizen = (row: Row): CitizenProfileRow => ({
  id: Number(row.id),
  fiscalCode: String(row.fiscalCode),
  givenName: String(row.givenName),
  familyName: String(row.familyName),
  birthDate: text(row.birthDate),
  birthPlace: text(row.birthPlace),
  idpEmail: text(row.idpEmail),
  idpPhone: text(row.idpPhone),
  contacts: {
    email: text(row.contacts_email),
    phone: text(row.contacts_phone),
    address: text(row.contacts_address),
    postalCode: text(row.contacts_postalCode),
    city: text(row.contacts_city),
    preferredChannel: text(row.contacts_preferredChannel) as NonNullable<Citizen['contacts']>['preferredChannel'],
  },
  pendingEmail: { address: text(row.pendingEmail_address) },
})

const cache = new WeakMap<Payload, HotReads | null>()

/** The direct reads on this Payload's own connection; null on MongoDB (no SQL), where the Local API stays. */
export function hotReads(payload: Payload): HotReads | null {
  if (!cache.has(payload)) cache.set(payload, makeHotReads(payload))
  return cache.get(payload)!
}

function makeHotReads(payload: Payload): HotReads | null {
  // PostgreSQL: as the application's records are (cms/flatRows.ts), named statements on Payload's pool.
  const sql = flatRows(payload)
  if (!sql) return null
  // SQLite: the portal's read connection, each statement prepared once (cms/sqliteReads.ts); these reads are never
  // part of a transaction, so what is committed is what they must see.
  const sqlite = sqliteReads(payload)
  // Each statement's text is built once, at its first call (from Payload's schema, ready by then).
  const reader = (name: string, text: (parameter: '?' | '$1') => string): ((value: unknown) => Promise<Row | undefined>) => {
    if (!sqlite) {
      const pgText = () => text('$1') // one function: flatRows keeps its text by it
      return async (value) => (await sql.query(name, pgText, [value]))[0]
    }
    let sqliteText: string | undefined
    return async (value) => sqlite.one(name, (sqliteText ??= text('?')), [value])
  }
  const sessionRow = reader('hot_session', (p) => sessionWithCitizenSql(payload, p))
  const citizenRow = reader('hot_citizen', (p) => selectOneSql(payload, 'citizens', citizenFields, 'id', p))
  return {
    session: async (sessionId) => { const row = await sessionRow(sessionId); return row ? toSession(row) : null },
    citizenProfile: async (id) => { const row = await citizenRow(id); return row ? toCitizen(row) : null },
  }
}
