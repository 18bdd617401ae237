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
