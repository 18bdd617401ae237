import { randomUUID } from 'node:crypto'

import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/*
 * A COMMIT that fails must fail the write. Payload's drizzle adapter (3.90) reports it as a
 * success: its commitTransaction catches what the transaction's end throws, and since
 * payloadcms/payload#16220 the transaction's promise cannot even reject once it has begun (the
 * `.catch` that stops a failed BEGIN from hanging also takes the COMMIT's error). So PostgreSQL
 * restarting at the moment of a COMMIT left a write rolled back that the Local API returned as
 * stored: an application, a booking or its history acknowledged to the citizen and never kept.
 * Upstream fix proposed in payloadcms/payload#17726 (open); until it lands, the portal's PostgreSQL
 * adapter begins and commits its transactions with the two functions below, which keep Payload's
 * session shape ({ db, resolve, reject }: what the adapter's reads and writes use) and let the
 * COMMIT's error through. A COMMIT whose connection is cut may still have been applied: the error
 * answers 503, the client sends again, and the idempotency keys (an application's key, a booking's
 * requestKey, a receipt's id, the history's onceKey) find what was kept.
 */

type Session = { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }
type DrizzleAdapter = {
  initializing: Promise<void>
  drizzle: { transaction: (work: (tx: unknown) => Promise<void>, config?: unknown) => Promise<void> }
  transactionOptions?: unknown
  sessions: Record<string, Session>
}

/** Thrown inside the transaction's callback to make drizzle roll it back. */
class RollBack extends Error {}

/** A transaction opened: its handle waits, inside drizzle's callback, for commit (true) or rollback (false). */
async function beginTransaction(this: DrizzleAdapter, options?: unknown): Promise<string> {
  await this.initializing
  let decide!: (commit: boolean) => void
  const decided = new Promise<boolean>((resolve) => (decide = resolve))
  let opened!: (tx: unknown) => void
  const ready = new Promise<unknown>((resolve) => (opened = resolve))
  const ended = this.drizzle.transaction(async (tx) => {
    opened(tx)
    if (!(await decided)) throw new RollBack()
  }, options || this.transactionOptions)
  // Observed through the session below; never an unhandled rejection in between.
  ended.catch(() => {})
  let db: unknown
  try {
    // A BEGIN that fails (no connection) ends the transaction before its callback runs.
    db = await Promise.race([ready, ended.then(() => Promise.reject(new Error('transaction ended before it began')))])
  } catch (error) {
    // The words Payload's own adapter uses (cms/databaseUnavailable.ts reads them), the driver's error as the cause.
    throw new Error(`Error: cannot begin transaction: ${(error as Error).message}`, { cause: error })
  }
  const id = randomUUID()
  this.sessions[id] = {
    db,
    resolve: async () => {
      decide(true)
      await ended
    },
    reject: async () => {
      decide(false)
      await ended.catch(() => {})
    },
  }
  return id
}

/** Commits: what the COMMIT throws (the connection cut, a deferred constraint) reaches the operation that wrote. */
async function commitTransaction(this: DrizzleAdapter, incomingId: string | number | Promise<string | number> = ''): Promise<void> {
  const id = String(await incomingId)
  const session = this.sessions[id]
  // Already ended (rolled back by another operation of the same request).
  if (!session) return
  delete this.sessions[id]
  await session.resolve()
}

/** The adapter `databaseAdapter` makes, with transactions whose failed COMMIT fails the write. */
export function withFailingCommits(databaseAdapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...databaseAdapter,
    init: (args) => {
      const adapter = databaseAdapter.init(args)
      return Object.assign(adapter, { beginTransaction, commitTransaction } as unknown as Pick<BaseDatabaseAdapter, 'beginTransaction' | 'commitTransaction'>)
    },
  }
}
