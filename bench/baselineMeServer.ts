// The yardstick for GET /api/me: a bare node:http handler doing the same work as the public server — cookie → the
// session's row by the id in the token, joined with its citizen's row by primary key, in one statement (as
// api/data/hotReads.ts reads them) → secret, expiry and refresh checked (api/auth/sessions.ts, the same code) →
// profile JSON — with raw parameterised queries on the drivers Payload's adapters use
// underneath, and no Payload: for SQLite libsql (the driver under @libsql/client), each statement prepared once, as
// the portal's read connection does (cms/sqliteReads.ts); pg for PostgreSQL (named prepared statements, a pool as large
// as the public server's). DATABASE_URL says which, as for the portal.
// Usage: tsx bench/baselineMeServer.ts <port>
import http from 'node:http'

import { expandConfig } from '@libsql/core/config'
import Database from 'libsql'
import pg from 'pg'

import { validateSessionToken, type SessionRecord, type SessionStore } from '../api/auth/sessions'
import type { CitizenProfileRow } from '../api/data/citizenProfileRow'
import { citizenToProfile } from '../api/services/citizens'

// A port, or a Unix socket's path (behind nginx, as the portal's processes are with npm start).
const where = process.argv[2] ?? '3298'
const url = process.env.DATABASE_URL ?? ''

type Row = Record<string, unknown>
/** One parameterised statement, its first row. */
let one: (name: string, sql: string, values: unknown[]) => Promise<Row | undefined>
let placeholder: (i: number) => string
if (url.startsWith('file:')) {
  // libsql's own connection (the driver under @libsql/client), each statement prepared once, as the portal's hot reads.
  const db = new Database(expandConfig({ url }, true).path)
  db.exec('PRAGMA busy_timeout = 10000')
  const statements = new Map<string, Database.Statement>()
  one = async (name, sql, values) => {
    let statement = statements.get(name)
    if (!statement) statements.set(name, (statement = db.prepare(sql)))
    if (statement.reader) return statement.get(values) as Row | undefined
    statement.run(values)
    return undefined
  }
  placeholder = () => '?'
} else {
  // DATABASE_POOL_MAX's default: the public server's pool per process.
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) })
  one = async (name, sql, values) => (await pool.query({ name, text: sql, values })).rows[0]
  placeholder = (i) => `$${i}`
}

const citizenColumns = `c.id, c.fiscal_code, c.given_name, c.family_name, c.birth_date, c.birth_place, c.idp_email, c.idp_phone, c.contacts_email,
  c.contacts_phone, c.contacts_address, c.contacts_postal_code, c.contacts_city, c.contacts_preferred_channel, c.pending_email_address`
const sessionSql = `SELECT s.session_id, s.secret_hash, s.citizen_id, s.login_method, s.last_active_at, s.expires_at, ${citizenColumns}
  FROM citizen_sessions s JOIN citizens c ON c.id = s.citizen_id WHERE s.session_id = ${placeholder(1)} LIMIT 1`
const when = (date: Date) => (url.startsWith('file:') ? date.toISOString() : date)

const text = (value: unknown) => (value == null ? null : String(value))
const toProfile = (row: Row): CitizenProfileRow => ({
  id: Number(row.id), fiscalCode: String(row.fiscal_code), givenName: String(row.given_name), familyName: String(row.family_name),
  birthDate: text(row.birth_date), birthPlace: text(row.birth_place), idpEmail: text(row.idp_email), idpPhone: text(row.idp_phone),
  contacts: {
    email: text(row.contacts_email), phone: text(row.contacts_phone), address: text(row.contacts_address), postalCode: text(row.contacts_postal_code),
    city: text(row.contacts_city), preferredChannel: text(row.contacts_preferred_channel) as 'email',
  },
  pendingEmail: { address: text(row.pending_email_address) },
})

const sessions: SessionStore = {
  async findById(sessionId) {
    const row = await one('baseline_session', sessionSql, [sessionId])
    return row ? {
      sessionId: String(row.session_id), secretHash: String(row.secret_hash), citizenId: Number(row.citizen_id),
      loginMethod: row.login_method as SessionRecord['loginMethod'],
      lastActiveAt: new Date(row.last_active_at as string), expiresAt: new Date(row.expires_at as string),
      profile: toProfile(row),
    } : null
  },
  async touch(sessionId, lastActiveAt) {
    await one('baseline_touch', `UPDATE citizen_sessions SET last_active_at = ${placeholder(1)} WHERE session_id = ${placeholder(2)}`, [when(lastActiveAt), sessionId])
  },
  async delete(sessionId) {
    await one('baseline_delete', `DELETE FROM citizen_sessions WHERE session_id = ${placeholder(1)}`, [sessionId])
  },
  insert: () => Promise.reject(new Error('non usato')),
  deleteAllOf: () => Promise.reject(new Error('non usato')),
}

const server = http.createServer(async (req, res) => {
  if (req.url === '/api/health') return void res.writeHead(200).end('ok')
  const token = /(?:^|; )sportello_sessione=([^;]+)/.exec(req.headers.cookie ?? '')?.[1]
  const session = token ? await validateSessionToken(sessions, token) : null
  const found = session?.profile
  if (!found) return void res.writeHead(401).end()
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' })
  res.end(JSON.stringify(await citizenToProfile(found)))
})
if (/^\d+$/.test(where)) server.listen(Number(where), '127.0.0.1')
else server.listen(where)
