import { upsertRow, type DrizzleAdapter } from '@payloadcms/drizzle'
import type { CollectionSlug, Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { flatRows } from './flatRows'
import { sqlTable, sqlTableName, transactionDb } from './sqlTables'

type HookedField = { hooks?: { beforeValidate?: unknown[]; beforeChange?: unknown[]; afterChange?: unknown[] }; flattenedFields?: HookedField[] }
const hasWriteHooks = (fields: HookedField[]): boolean =>
  fields.some((field) => field.hooks?.beforeValidate?.length || field.hooks?.beforeChange?.length || field.hooks?.afterChange?.length || hasWriteHooks(field.flattenedFields ?? []))

/** The collections already checked: their configuration does not change while the process runs. */
const withoutWriteHooks = new Set<string>()

/** The collection's configuration; throws when it has write hooks a direct write would skip (or no such collection). */
function configWithoutWriteHooks(payload: Payload, collection: CollectionSlug) {
  const config = payload.collections[collection]?.config
  if (!config) throw new Error(`insertRow: la raccolta ${collection} non esiste`)
  if (!withoutWriteHooks.has(collection)) {
    const { hooks } = config
    if (hooks.beforeValidate.length || hooks.beforeChange.length || hooks.afterChange.length || hasWriteHooks(config.flattenedFields as HookedField[])) {
      throw new Error(`insertRow: la raccolta ${collection} ha hook che una scrittura diretta salterebbe`)
    }
    withoutWriteHooks.add(collection)
  }
  return config
}

/**
 * Appends one row to a collection and returns its id, in `req`'s transaction when there is one: one INSERT …
 * RETURNING through the database adapter, as Payload's own create writes it (the same columns, the same
 * timestamps), without the Local API around it — its field hooks and validation, and the SELECT that reads the
 * document back. For the system's own append-only records, whose every value it sets itself, on collections
 * without hooks (history entries, desk messages, the delivery log): a Local API create costs several times the
 * INSERT, and a submission or a booking writes a handful of them. Anything an editor or a citizen writes goes
 * through the Local API.
 */
export async function insertRow<S extends CollectionSlug>(payload: Payload, collection: S, data: RequiredDataFromCollectionSlug<S>, req?: PayloadRequest): Promise<number> {
  const adapter = payload.db as unknown as DrizzleAdapter
  const tableName = sqlTableName(payload, collection)
  // MongoDB (wired, untested: README): no SQL table, the adapter's own create.
  if (payload.db.name !== 'postgres' && payload.db.name !== 'sqlite') return Number((await payload.db.create({ collection, data: { ...data }, req })).id)
  const config = configWithoutWriteHooks(payload, collection)
  if (!tableName) throw new Error(`insertRow: la raccolta ${collection} non ha una tabella`)
  const db = (await transactionDb<DrizzleAdapter['drizzle']>(payload, req)) ?? adapter.drizzle
  // One instant for both, as Payload's create stamps them (the adapter would take two clock readings, a millisecond apart).
  const now = new Date().toISOString()
  const row = await upsertRow<{ id: number }>({
    adapter, collectionSlug: collection, data: { createdAt: now, updatedAt: now, ...data } as Record<string, unknown>, db, fields: config.flattenedFields, ignoreResult: 'idOnly', operation: 'create', req, tableName,
  })
  if (!row) throw new Error(`insertRow: nessuna riga scritta in ${collection}`)
  return row.id
}

/**
 * Several rows of one collection in one INSERT … RETURNING id (a submission's four lines of the delivery log are one
 * statement, not four); the ids in the order of `rows`. The same rules as insertRow, and only for a collection whose
 * every field is a column of its own table (cms/flatRows.ts takes it): any other, one insertRow per row.
 */
export async function insertRows<S extends CollectionSlug>(payload: Payload, collection: S, rows: RequiredDataFromCollectionSlug<S>[], req?: PayloadRequest): Promise<number[]> {
  const table = sqlTable(payload, collection) as (Record<string, unknown> & { id?: unknown }) | null
  const flat = flatRows(payload)?.table(collection)
  if (rows.length < 2 || !table?.id || !flat) {
    const ids: number[] = []
    for (const row of rows) ids.push(await insertRow(payload, collection, row, req))
    return ids
  }
  configWithoutWriteHooks(payload, collection) // refuses a collection with hooks, as insertRow does
  const db = ((await transactionDb(payload, req)) ?? (payload.db as unknown as DrizzleAdapter).drizzle) as unknown as DrizzleInsert
  const now = new Date().toISOString()
  const values = rows.map((data) => flat.toRow({ createdAt: now, updatedAt: now, ...data } as Record<string, unknown>))
  const inserted = await db.insert(table).values(values).returning({ id: table.id })
  if (inserted.length !== rows.length) throw new Error(`insertRows: ${inserted.length} righe scritte in ${collection} invece di ${rows.length}`)
  return inserted.map((row) => Number(row.id))
}

type DrizzleInsert = { insert(table: unknown): { values(values: unknown[]): { returning(fields: Record<string, unknown>): Promise<{ id: unknown }[]> } } }
