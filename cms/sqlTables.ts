import { getTableColumns } from '@payloadcms/db-sqlite/drizzle'
import type { Payload, PayloadRequest } from 'payload'

/** What of Payload's drizzle adapters (SQLite, PostgreSQL) the portal reads: their tables and their open transactions. */
type DrizzleParts = {
  tableNameMap?: Map<string, string>
  tables?: Record<string, unknown>
  sessions?: Record<string, { db: unknown }>
  drizzle?: unknown
}

const partsOf = (payload: Payload) => payload.db as unknown as DrizzleParts

/** The name of a collection's table in Payload's schema (its slug in snake case, as the adapter maps it); null on MongoDB. */
export function sqlTableName(payload: Payload, slug: string): string | null {
  return partsOf(payload).tableNameMap?.get(slug.replaceAll('-', '_')) ?? null
}

/** A collection's drizzle table object, to name its columns in a statement of the portal's own; null on MongoDB. */
export function sqlTable(payload: Payload, slug: string): object | null {
  const name = sqlTableName(payload, slug)
  return (name && (partsOf(payload).tables?.[name] as object | undefined)) || null
}

/** The drizzle handle of `req`'s open transaction, where a statement belongs to it; null when there is none. */
export async function transactionDb<Db = unknown>(payload: Payload, req?: Pick<PayloadRequest, 'transactionID'>): Promise<Db | null> {
  if (!req?.transactionID) return null
  return (partsOf(payload).sessions?.[String(await req.transactionID)]?.db as Db | undefined) ?? null
}

/**
 * A collection's SQL column for a field (`group_field` for a group's, as Payload's drizzle schema keys it), unquoted;
 * throws for a field the table does not have. For statements of the portal's own (api/data/catalogue.ts).
 */
export function sqlColumnName(payload: Payload, slug: string, field: string): string {
  const table = sqlTable(payload, slug)
  const column = table && (getTableColumns(table as Parameters<typeof getTableColumns>[0]) as Record<string, { name: string }>)[field]
  if (!column) throw new Error(`sqlTables: campo ${field} non trovato nella tabella della raccolta ${slug}`)
  return column.name
}
