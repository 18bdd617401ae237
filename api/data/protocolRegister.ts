import type { Payload } from 'payload'

import { flatTableOf } from '../../cms/flatRows'
import { insertRow } from '../../cms/insertRow'
import type { Practice, ProtocolRegister } from '../../cms/payload-types'
import type { Transaction, TransactionRunner } from './transactions'

/** A register entry as the submission writes it. */
export type NewRegistration = Pick<ProtocolRegister, 'protocolNumber' | 'year' | 'sequence' | 'registeredAt' | 'idempotencyKey' | 'subject'> & { practice: number }

/** The protocol register: one entry per submitted application, numbered per year. */
export function protocolRegisterStore(payload: Payload, transactions: Pick<TransactionRunner, 'lock'>) {
  // Straight from the table where there is one (cms/flatRows.ts): every request about a submission reads the entry.
  const directRows = flatTableOf<ProtocolRegister>(payload, 'protocol-register')
  return {
    async findByPractice(practiceId: number, tx?: Transaction): Promise<ProtocolRegister | null> {
      const rows = directRows()
      if (rows) {
        const [entry] = await rows.select('registro_pratica', (p) => `SELECT ${rows.selectList()} FROM ${rows.table} WHERE ${rows.column('practice')} = ${p(1)} LIMIT 1`, [practiceId], tx)
        return entry ?? null
      }
      const { docs } = await payload.find({ collection: 'protocol-register', where: { practice: { equals: practiceId } }, depth: 0, limit: 1, pagination: false, req: tx })
      return docs[0] ?? null
    },
    /** Drafts that already have a register entry: submissions a crash cut short. */
    async registeredDrafts(): Promise<Practice[]> {
      const { docs } = await payload.find({ collection: 'protocol-register', where: { 'practice.status': { equals: 'bozza' } }, depth: 1, pagination: false })
      return docs.map((entry) => entry.practice).filter((p): p is Practice => typeof p === 'object' && p !== null && p.status === 'bozza')
    },
    /**
     * The next number of the year's register, read inside the registering transaction. On
     * PostgreSQL the transaction first takes the year's lock (held until it ends): without it, two
     * submissions read the same last number, one of them fails on the unique index and starts over,
     * and under load some lose often enough to fail.
     */
    async nextSequence(year: number, tx: Transaction): Promise<number> {
      await transactions.lock(tx, 'registro-protocollo', year)
      const rows = directRows()
      if (rows) {
        const [last] = await rows.select('registro_ultimo', (p) => `SELECT ${rows.selectList()} FROM ${rows.table} WHERE ${rows.column('year')} = ${p(1)} ORDER BY ${rows.column('sequence')} DESC LIMIT 1`, [year], tx)
        return (last?.sequence ?? 0) + 1
      }
      const { docs } = await payload.find({ collection: 'protocol-register', where: { year: { equals: year } }, sort: '-sequence', depth: 0, limit: 1, pagination: false, req: tx })
      return (docs[0]?.sequence ?? 0) + 1
    },
    /**
     * Writes the entry (cms/insertRow.ts: the register is the system's own, append-only) and gives it back as stored,
     * created at its registration's instant; a number or an application already registered fails on the unique index.
     */
    async register(entry: NewRegistration, tx: Transaction): Promise<ProtocolRegister> {
      const stored = { ...entry, createdAt: entry.registeredAt, updatedAt: entry.registeredAt }
      return { ...stored, id: await insertRow(payload, 'protocol-register', stored, tx) }
    },
  }
}

export type ProtocolRegisterStore = ReturnType<typeof protocolRegisterStore>
