import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` in one database transaction of `req`: all of it is stored, or none. `transactional` tells `work`
 * whether there is one: Payload's SQLite adapter, as configured (cms/database.ts), opens none, and a request already
 * inside a transaction keeps its own (committed by whoever began it, not here). A COMMIT that fails throws
 * (cms/postgresCommits.ts): the write is not acknowledged.
 */
export async function inTransaction<T>(req: PayloadRequest, work: (transactional: boolean) => Promise<T>): Promise<T> {
  const started = await initTransaction(req)
  try {
    const result = await work(started)
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}
