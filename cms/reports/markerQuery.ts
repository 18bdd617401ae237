// The map's one direct query: 10,000 markers through the Local API cost seconds of per-document work
// (hooks, field traversal) for seven columns; drizzle's select of those columns costs a fraction. The
// conditions come from publicQueryOf, like every other public read's.
import { and, desc, eq, gte, inArray, isNull, lte, type SQL } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { Report } from '../payload-types'
import type { PublicQuery } from './publicFilter'

/** A marker's columns as stored. */
export type MarkerRow = Pick<Report, 'code' | 'latitude' | 'longitude' | 'status' | 'title' | 'moderation' | 'createdAt'> & { category: number }

type Column = Parameters<typeof eq>[0]
type Drizzle = {
  drizzle: { select: (columns: Record<string, Column>) => { from: (table: unknown) => { where: (on: SQL | undefined) => { orderBy: (by: SQL) => { limit: (n: number) => Promise<MarkerRow[]> } } } } }
  tables: Record<string, Record<string, Column>>
}

/** The SQL adapters' drizzle instance and tables (SQLite and PostgreSQL share drizzle-orm's operators); null on MongoDB. */
export function drizzleOf(payload: Payload): Drizzle | null {
  const db = payload.db as unknown as Partial<Drizzle>
  return db.drizzle && db.tables?.reports ? (db as Drizzle) : null
}

/** The markers' columns for a public query, newest first, in one select. */
export async function selectMarkerRows(db: Drizzle, q: PublicQuery, limit: number): Promise<MarkerRow[]> {
  const t = db.tables.reports!
  const conditions: (SQL | undefined)[] = [inArray(t.status!, q.statuses)]
  if (!q.withMerged) conditions.push(isNull(t.mergedInto!))
  if (q.categoryIds) conditions.push(inArray(t.category!, q.categoryIds))
  if (q.codes) conditions.push(inArray(t.code!, q.codes))
  if (q.area) conditions.push(eq(t.area!, q.area))
  if (q.from) conditions.push(gte(t.createdAt!, q.from.toISOString()))
  if (q.to) conditions.push(lte(t.createdAt!, q.to.toISOString()))
  const columns = { code: t.code!, latitude: t.latitude!, longitude: t.longitude!, category: t.category!, status: t.status!, title: t.title!, moderation: t.moderation!, createdAt: t.createdAt! }
  return db.drizzle.select(columns).from(t).where(and(...conditions)).orderBy(desc(t.createdAt!)).limit(limit)
}
