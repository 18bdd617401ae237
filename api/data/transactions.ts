import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { serialQueue } from '../../cms/concurrency/serialQueue'

/** The handle of one unit of work: every store call that belongs to it takes it. */
export type Transaction = PayloadRequest

/** Units of work that span several stores (an application, its history, its messages, the register). */
export function transactionRunner(payload: Payload) {
  const oneAtATime = serialQueue()
  return {
    /**
     * Runs `work` in one database transaction: all of it is stored, or none. Payload's SQLite
     * adapter, as configured (cms/database.ts), opens no transaction: there the units of work of
     * this process at least run one at a time, so two submissions never draw the same number.
     */
    async inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
      const req = await createLocalReq({ context: { system: true } }, payload)
      const transactional = await initTransaction(req)
      if (!transactional) return oneAtATime(() => work(req))
      try {
        const result = await work(req)
        await commitTransaction(req)
        return result
      } catch (error) {
        await killTransaction(req)
        throw error
      }
    },
  }
}

export type TransactionRunner = ReturnType<typeof transactionRunner>
