import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload'

import type { CitizenMessage, PaymentPosition, Practice, PracticeAttachment, PracticeEvent, Service } from '../../cms/payload-types'
import { relationId } from '../../cms/relationId'

/** An attachment as stored (everything but the ids Payload assigns). */
export type NewAttachment = Pick<PracticeAttachment, 'slot' | 'filename' | 'mime' | 'size' | 'sha256' | 'storageKey' | 'source'>

/** Applications, their attachments, history and the citizen's messages, through the Payload Local API. Services check ownership. */
export function practiceStore(payload: Payload) {
  const oneAtATime = serialQueue()
  return {
    /** A service open to online applications (published), with its office. */
    async findServiceBySlug(slug: string): Promise<Service | null> {
      const { docs } = await payload.find({ collection: 'services', where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] }, depth: 1, limit: 1, pagination: false })
      return docs[0] ?? null
    },
    async findService(id: number): Promise<Service | null> {
      return payload.findByID({ collection: 'services', id, depth: 1, disableErrors: true })
    },
    async listByCitizen(citizenId: number): Promise<Practice[]> {
      const { docs } = await payload.find({ collection: 'practices', where: { citizen: { equals: citizenId } }, sort: '-updatedAt', depth: 1, pagination: false, joins: false })
      return docs
    },
    async find(id: number): Promise<Practice | null> {
      return payload.findByID({ collection: 'practices', id, depth: 1, disableErrors: true, joins: false })
    },
    async create(data: Pick<Practice, 'title' | 'applicantName' | 'applicantFiscalCode' | 'data'> & { service: number; office: number; citizen: number }, req?: PayloadRequest): Promise<Practice> {
      return payload.create({ collection: 'practices', data: { ...data, status: 'bozza', version: 1 }, depth: 1, context: { system: true }, req })
    },
    /** Saves a draft only if nobody saved it since `version` was read; null when someone did. */
    async saveDraft(id: number, version: number, data: Practice['data']): Promise<Practice | null> {
      const { docs } = await payload.update({
        collection: 'practices', where: { and: [{ id: { equals: id } }, { version: { equals: version } }, { status: { equals: 'bozza' } }] },
        data: { data, version: version + 1 }, depth: 1, context: { system: true },
      })
      return docs[0] ?? null
    },
    async update(id: number, data: Partial<Practice>, req?: PayloadRequest): Promise<Practice> {
      return payload.update({ collection: 'practices', id, data, depth: 1, context: { system: true }, req })
    },
    /** Deletes a draft and its history (a draft's history is only its creation). */
    async remove(id: number): Promise<void> {
      await payload.delete({ collection: 'practice-events', where: { practice: { equals: id } } })
      await payload.delete({ collection: 'practices', id, context: { system: true } })
    },
    async listAttachments(practiceId: number): Promise<PracticeAttachment[]> {
      const { docs } = await payload.find({ collection: 'practice-attachments', where: { practice: { equals: practiceId } }, sort: 'createdAt', depth: 0, pagination: false })
      return docs
    },
    async addAttachment(practice: Pick<Practice, 'id' | 'office'>, data: NewAttachment, req?: PayloadRequest): Promise<PracticeAttachment> {
      return payload.create({ collection: 'practice-attachments', data: { ...data, practice: practice.id, office: relationId(practice.office) }, depth: 0, req })
    },
    async findAttachment(id: number): Promise<PracticeAttachment | null> {
      return payload.findByID({ collection: 'practice-attachments', id, depth: 0, disableErrors: true })
    },
    async removeAttachment(id: number): Promise<void> {
      await payload.delete({ collection: 'practice-attachments', id })
    },
    async citizenHistory(practiceId: number): Promise<PracticeEvent[]> {
      const { docs } = await payload.find({ collection: 'practice-events', where: { and: [{ practice: { equals: practiceId } }, { visibleToCitizen: { equals: true } }] }, sort: 'createdAt', depth: 0, pagination: false })
      return docs
    },
    async findRegistration(practiceId: number, req?: PayloadRequest) {
      const { docs } = await payload.find({ collection: 'protocol-register', where: { practice: { equals: practiceId } }, depth: 0, limit: 1, pagination: false, req })
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
    async nextProtocolSequence(year: number, req: PayloadRequest): Promise<number> {
      await lockProtocolYear(payload, year, req)
      const { docs } = await payload.find({ collection: 'protocol-register', where: { year: { equals: year } }, sort: '-sequence', depth: 0, limit: 1, pagination: false, req })
      return (docs[0]?.sequence ?? 0) + 1
    },
    async register(data: { protocolNumber: string; year: number; sequence: number; registeredAt: string; practice: number; idempotencyKey: string; subject: string }, req: PayloadRequest) {
      return payload.create({ collection: 'protocol-register', data, depth: 0, req })
    },
    /** Whether the application's history already has an entry of this kind. */
    async hasHistory(practiceId: number, kind: PracticeEvent['kind'], req?: PayloadRequest): Promise<boolean> {
      const { totalDocs } = await payload.count({ collection: 'practice-events', where: { and: [{ practice: { equals: practiceId } }, { kind: { equals: kind } }] }, req })
      return totalDocs > 0
    },
    /** Whether the citizen has had any message about the application. */
    async hasMessages(practiceId: number, req?: PayloadRequest): Promise<boolean> {
      const { totalDocs } = await payload.count({ collection: 'citizen-messages', where: { practice: { equals: practiceId } }, req })
      return totalDocs > 0
    },
    /** The fee position the platform raised for an application of a service, unless cancelled. */
    async findFeePosition(applicationRef: string, serviceId: number): Promise<PaymentPosition | null> {
      const where: Where = { and: [{ applicationRef: { equals: applicationRef } }, { service: { equals: serviceId } }, { source: { equals: 'servizio' } }, { status: { not_equals: 'annullata' } }] }
      const { docs } = await payload.find({ collection: 'payment-positions', where, sort: '-createdAt', depth: 0, limit: 1, pagination: false })
      return docs[0] ?? null
    },
    async listMessages(citizenId: number): Promise<CitizenMessage[]> {
      const { docs } = await payload.find({ collection: 'citizen-messages', where: { citizen: { equals: citizenId } }, sort: '-createdAt', depth: 0, limit: 200 })
      return docs
    },
    async markMessageRead(id: number, citizenId: number): Promise<boolean> {
      const { docs } = await payload.update({ collection: 'citizen-messages', where: { and: [{ id: { equals: id } }, { citizen: { equals: citizenId } }, { readAt: { exists: false } }] }, data: { readAt: new Date().toISOString() } })
      return docs.length > 0
    },
    /**
     * Runs `work` in one database transaction: all of it is stored, or none. Payload's SQLite
     * adapter, as configured (cms/database.ts), opens no transaction: there the units of work of
     * this process at least run one at a time, so two submissions never draw the same number.
     */
    async inTransaction<T>(work: (req: PayloadRequest) => Promise<T>): Promise<T> {
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
    payload,
  }
}

export type PracticeStore = ReturnType<typeof practiceStore>

/** Runs tasks one after another in order of arrival; each caller still gets its own task's result or error. */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task)
    // The chain only orders the tasks: a failure belongs to its own caller, not to the next task.
    tail = run.then(() => undefined, () => undefined)
    return run
  }
}

type SqlSession = { execute(query: ReturnType<typeof sql>): Promise<unknown> }
// Any constant: it only has to differ from the first key of other advisory locks.
const protocolLockKey = 0x50524f54

/** A PostgreSQL transaction-scoped advisory lock on the year's register; SQLite already has one writer at a time. */
async function lockProtocolYear(payload: Payload, year: number, req: PayloadRequest): Promise<void> {
  if (payload.db.name !== 'postgres') return
  const sessions = (payload.db as unknown as { sessions: Record<string, { db: SqlSession }> }).sessions
  const transaction = sessions[String(await req.transactionID)]?.db
  if (!transaction) throw new Error('lockProtocolYear: il numero di protocollo va letto dentro la transazione di registrazione')
  await transaction.execute(sql`select pg_advisory_xact_lock(${protocolLockKey}, ${year})`)
}
