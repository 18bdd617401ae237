import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { inTransaction } from '../../cms/concurrency/inTransaction'
import { serialQueue } from '../../cms/concurrency/serialQueue'
import { transactionDb } from '../../cms/sqlTables'

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
      const session = await transactionDb<SqlSession>(payload, tx)
      if (!session) throw new Error(`lock(${what}): va preso dentro una transazione`)
      await session.execute(sql`select pg_advisory_xact_lock(${lockKeys[what]}, ${id})`)
    },
  }
}

export type TransactionRunner = ReturnType<typeof transactionRunner>
