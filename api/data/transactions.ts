import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { inTransaction } from '../../cms/concurrency/inTransaction'
import { serialQueue } from '../../cms/concurrency/serialQueue'
import type { Practice } from '../../cms/payload-types'

/** The handle of one unit of work: every store call that belongs to it takes it. */
export type Transaction = PayloadRequest

type SqlSession = { execute(query: ReturnType<typeof sql>): Promise<unknown> }

/**
 * What a transaction-scoped lock is taken on: the first key of PostgreSQL's two-key advisory locks. Any constants, as
 * long as they differ from each other and from other advisory locks' first keys.
 */
const lockKeys = {
  /** The year's protocol register (second key: the year): one number drawn at a time. */
  'registro-protocollo': 0x50524f54,
} as const

/** The PostgreSQL session of `tx`'s transaction, to run a statement of its own in it. */
async function sessionOf(payload: Payload, tx: Transaction, what: string): Promise<SqlSession> {
  const sessions = (payload.db as unknown as { sessions: Record<string, { db: SqlSession }> }).sessions
  const session = sessions[String(await tx.transactionID)]?.db
  if (!session) throw new Error(`${what}: va eseguito dentro una transazione`)
  return session
}

/** Units of work that span several stores (an application, its history, its messages, the register). */
export function transactionRunner(payload: Payload) {
  const oneAtATime = serialQueue()
  return {
    /**
     * Runs `work` in one database transaction: all of it is stored, or none. Payload's SQLite
     * adapter, as configured (cms/database.ts), opens no transaction: there the units of work of
     * this process at least run one at a time, so two submissions never draw the same number. `work` is told which:
     * without a transaction, what it writes may be found half done by the next.
     */
    async inTransaction<T>(work: (tx: Transaction, transactional: boolean) => Promise<T>): Promise<T> {
      const req = await createLocalReq({ context: { system: true } }, payload)
      return inTransaction(req, (transactional) => (transactional ? work(req, true) : oneAtATime(() => work(req, false))))
    },
    /**
     * Waits for, then holds until `tx` ends, the lock on one thing (`what`, `id`): across every process, on
     * PostgreSQL (a transaction-scoped advisory lock). On SQLite nothing to do: the units of work already run one at a
     * time (above).
     */
    async lock(tx: Transaction, what: keyof typeof lockKeys, id: number): Promise<void> {
      if (payload.db.name !== 'postgres') return
      await (await sessionOf(payload, tx, `lock(${what})`)).execute(sql`select pg_advisory_xact_lock(${lockKeys[what]}, ${id})`)
    },
    /**
     * An application's status, its row locked until `tx` ends (PostgreSQL: SELECT … FOR UPDATE, one short statement),
     * so two units of work on one application run one after the other and the second reads what the first wrote. On
     * SQLite the units of work already run one at a time: the status is read. Null: no such application.
     */
    async lockPracticeStatus(tx: Transaction, id: number): Promise<Practice['status'] | null> {
      if (payload.db.name !== 'postgres') return (await payload.findByID({ collection: 'practices', id, depth: 0, select: { status: true }, disableErrors: true, req: tx }))?.status ?? null
      const result = await (await sessionOf(payload, tx, 'lockPracticeStatus')).execute(sql`select "status" from "practices" where "id" = ${id} for update`)
      return ((result as { rows: { status: Practice['status'] }[] }).rows[0]?.status) ?? null
    },
  }
}

export type TransactionRunner = ReturnType<typeof transactionRunner>
