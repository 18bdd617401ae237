import { sql, type SQLWrapper } from '@payloadcms/db-postgres/drizzle'
import type { Payload, Where } from 'payload'

import type { Practice } from '../../cms/payload-types'
import { flatTableOf } from '../../cms/flatRows'
import { insertRow } from '../../cms/insertRow'
import { sqlTable, transactionDb } from '../../cms/sqlTables'
import type { Transaction } from './transactions'

type SqlSession = { execute(query: ReturnType<typeof sql>): Promise<{ rows: { status: Practice['status'] }[] }> }

/** A new draft as the citizen's API creates it. */
export type NewPractice = Pick<Practice, 'title' | 'applicantName' | 'applicantFiscalCode' | 'data'> & { service: number; office: number; citizen: number }

/** What a submission writes on the application. */
export type SubmissionFields = Pick<Practice, 'status' | 'protocolNumber' | 'submittedAt' | 'data' | 'formSnapshot' | 'privacyAcceptedAt' | 'version' | 'termDays' | 'termUnit' | 'dueAt'>

/** Applications (the aggregate root), through the Payload Local API. Services check ownership. */
export function practiceStore(payload: Payload) {
  // Straight from the table where there is one, its service, office, citizen and clerk kept while unchanged
  // (cms/flatRows.ts): every request about an application reads it first.
  const directRows = flatTableOf<Practice>(payload, 'practices')
  return {
    async listByCitizen(citizenId: number): Promise<Practice[]> {
      const { docs } = await payload.find({ collection: 'practices', where: { citizen: { equals: citizenId } }, sort: '-updatedAt', depth: 1, pagination: false })
      return docs
    },
    /** An application; `depth` 0 leaves its relations as ids. */
    async find(id: number, tx?: Transaction, depth: 0 | 1 = 1): Promise<Practice | null> {
      const rows = directRows()
      if (rows) return rows.findById(id, depth, tx)
      return payload.findByID({ collection: 'practices', id, depth, disableErrors: true, req: tx })
    },
    /**
     * A new draft. Where the table is read directly, written as one INSERT (cms/insertRow.ts: the collection has no hooks, and
     * every value, the defaults included, is set here) and read back with its relations in one statement.
     */
    async create(data: NewPractice, tx?: Transaction): Promise<Practice> {
      const rows = directRows()
      if (rows) {
        const created = await rows.findById(await insertRow(payload, 'practices', { ...data, status: 'bozza', version: 1 }, tx), 1, tx)
        if (!created) throw new Error('create: la bozza scritta non si rilegge')
        return created
      }
      return payload.create({ collection: 'practices', data: { ...data, status: 'bozza', version: 1 }, depth: 1, context: { system: true }, req: tx })
    },
    /**
     * Saves a draft (answers, and the step and privacy acceptance when given) only if nobody saved it since `version` was
     * read; null when someone did. One conditional UPDATE … RETURNING where the database is SQL (as writeSubmission: no
     * hooks, every value checked by the caller, the answers against the form); relations come back as ids.
     */
    async saveDraft(id: number, version: number, data: Practice['data'], extra: Pick<Partial<Practice>, 'resumeStep' | 'privacyAcceptedAt'> = {}): Promise<Practice | null> {
      const where: Where = { and: [{ id: { equals: id } }, { version: { equals: version } }, { status: { equals: 'bozza' } }] }
      const rows = directRows()
      if (rows) {
        const saved = await payload.db.updateOne({ collection: 'practices', where, data: { ...extra, data, version: version + 1, updatedAt: new Date().toISOString() }, options: { atomic: true } })
        return (saved as unknown as Practice | null) ?? null
      }
      const { docs } = await payload.update({ collection: 'practices', where, data: { ...extra, data, version: version + 1 }, depth: 0, context: { system: true } })
      return docs[0] ?? null
    },
    /** Updates an application; `depth` 0 leaves its relations as ids (what a caller that already has them asks, to read less). */
    async update(id: number, data: Partial<Practice>, tx?: Transaction, depth: 0 | 1 = 1): Promise<Practice> {
      return payload.update({ collection: 'practices', id, data, depth, context: { system: true }, req: tx })
    },
    /**
     * The application's status, its row locked until `tx` ends (PostgreSQL: SELECT … FOR UPDATE, one short statement),
     * so two units of work on one application run one after the other and the second reads what the first wrote. On
     * SQLite the units of work already run one at a time: the status is read. Null: no such application.
     */
    async lockStatus(id: number, tx: Transaction): Promise<Practice['status'] | null> {
      const session = payload.db.name === 'postgres' ? await transactionDb<SqlSession>(payload, tx) : null
      if (!session) return (await payload.findByID({ collection: 'practices', id, depth: 0, select: { status: true }, disableErrors: true, req: tx }))?.status ?? null
      const table = sqlTable(payload, 'practices') as unknown as { id: SQLWrapper; status: SQLWrapper } & SQLWrapper
      const { rows } = await session.execute(sql`select ${table.status} as "status" from ${table} where ${table.id} = ${id} for update`)
      return rows[0]?.status ?? null
    },
    /**
     * Writes what a submission sets (status, protocol number, term, the answers and their form) in one UPDATE … RETURNING, in
     * `tx`: past the Local API's field hooks and validation, which cost a submission more than its statements (a merge of the
     * whole document, the form included, for every field) and have nothing to check here — the collection has no hooks and
     * every value is the system's own (api/services/practices/submit.ts). Relations come back as ids.
     */
    async writeSubmission(id: number, fields: SubmissionFields, tx: Transaction): Promise<Practice> {
      // MongoDB (wired, untested: README) keeps the Local API.
      if (payload.db.name !== 'postgres' && payload.db.name !== 'sqlite') return this.update(id, fields, tx, 0)
      const updated = await payload.db.updateOne({
        collection: 'practices', where: { id: { equals: id } }, data: { ...fields, updatedAt: new Date().toISOString() }, options: { atomic: true }, req: tx,
      })
      if (!updated) throw new Error(`writeSubmission: la domanda ${id} non esiste`)
      return updated as unknown as Practice
    },
    /** Deletes a draft; its history goes first (api/data/practiceHistory.ts). */
    async remove(id: number): Promise<void> {
      await payload.delete({ collection: 'practices', id, context: { system: true } })
    },
  }
}

export type PracticeStore = ReturnType<typeof practiceStore>
