import { getTableColumns } from '@payloadcms/db-sqlite/drizzle'
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { sqlTable, sqlTableName, transactionDb } from './sqlTables'

/*
 * Reads of the system's own records straight from their table, as Payload returns them at depth 0, without the Local
 * API: for a row of a few columns its per-call work (the operation, access, hooks, drizzle building the relational
 * query again at every call, the field traversal) costs several times the query, and an application's every request
 * reads a handful of them. Only for collections whose every field is one column of their own table (text, numbers,
 * dates, checkboxes, selects, JSON, single relations, groups of those) and that have no read hooks: any other
 * (arrays, blocks, many-valued or polymorphic fields, localized or hidden fields, joins, afterRead hooks) is refused,
 * and its store keeps the Local API. api/data/directReads.int.test.ts compares each read with Payload's, on both
 * databases. On MongoDB there is no SQL: `flatRows` is null.
 */

type Row = Record<string, unknown>
type Kind = 'text' | 'number' | 'date' | 'checkbox' | 'json' | 'relation'
type Column = { path: string[]; sql: string; kind: Kind; relationTo?: CollectionSlug }
type FieldLike = {
  type: string; name?: string; hasMany?: boolean; relationTo?: unknown; maxDepth?: number; localized?: boolean; hidden?: boolean; virtual?: unknown
  hooks?: { afterRead?: unknown[] }; flattenedFields?: FieldLike[]
}

const kinds: Record<string, Kind> = {
  text: 'text', textarea: 'text', email: 'text', code: 'text', select: 'text', radio: 'text',
  number: 'number', date: 'date', checkbox: 'checkbox', json: 'json', richText: 'json', relationship: 'relation', upload: 'relation',
}

/** An SQL identifier, quoted. */
export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** The collection's columns, or the reason its rows cannot be read directly. */
function columnsOf(fields: FieldLike[], drizzleColumns: Record<string, { name: string }>, prefix: string[] = []): Column[] | string {
  const columns: Column[] = []
  for (const field of fields) {
    if (field.type === 'ui' || field.virtual) continue
    const path = [...prefix, field.name ?? '']
    if (field.hidden || field.localized || field.hooks?.afterRead?.length) return `${path.join('.')}: nascosto, localizzato o con hook di lettura`
    if (field.type === 'group' || field.type === 'tab') {
      const inner = columnsOf(field.flattenedFields ?? [], drizzleColumns, path)
      if (typeof inner === 'string') return inner
      columns.push(...inner)
      continue
    }
    const kind = kinds[field.type]
    if (!kind || field.hasMany || Array.isArray(field.relationTo)) return `${path.join('.')}: ${field.type} non è una colonna della tabella`
    // Payload's drizzle schema keys a group's field as `group_field`.
    const column = drizzleColumns[path.join('_')]
    if (!column) return `${path.join('.')}: colonna non trovata`
    // A relation Payload populates at depth 1 (a field's maxDepth of 0 leaves it an id).
    const populated = kind === 'relation' && !(field.maxDepth !== undefined && field.maxDepth < 1)
    columns.push({ path, sql: column.name, kind, ...(populated ? { relationTo: field.relationTo as CollectionSlug } : {}) })
  }
  return columns
}

/** A timestamp as Payload returns it (ISO text), from either driver's value (SQLite's text, PostgreSQL's Date). */
export const dateOf = (value: unknown) => (value == null ? null : new Date(value as string | Date).toISOString())

/** A column's value as Payload returns it: PostgreSQL's driver and SQLite's each give some types their own way. */
function valueOf(kind: Kind, value: unknown): unknown {
  if (value == null) return null
  switch (kind) {
    case 'date': return dateOf(value)
    // PostgreSQL's numeric arrives as text.
    case 'number': case 'relation': return Number(value)
    // SQLite keeps 0 and 1.
    case 'checkbox': return Boolean(value)
    // SQLite keeps JSON as text; PostgreSQL's driver parses jsonb.
    case 'json': return typeof value === 'string' ? JSON.parse(value) : value
    default: return value
  }
}

/** One collection's direct reads. */
export type FlatTable<T> = {
  /** The table's name, quoted. */
  table: string
  /** A field's column (`group.field` for a group's), quoted; throws for a field the collection does not have. */
  column(field: string): string
  /** The list of every column, each under its position's alias, for a SELECT (`alias`: the table's alias, if any). */
  selectList(alias?: string): string
  /** A row selected with `selectList` as Payload's document at depth 0. */
  toDoc(row: Row): T
  /** A document's values keyed as Payload's drizzle schema keys the columns (a group's field `group_field`), for an INSERT. */
  toRow(doc: Row): Row
  /**
   * Runs a statement selecting `selectList()` and returns the documents. `name`: the statement's name on PostgreSQL,
   * where each pooled connection parses and plans it once; `tx`: the transaction it belongs to.
   */
  select(name: string, sql: (param: (n: number) => string) => string, values: unknown[], tx?: Pick<PayloadRequest, 'transactionID'>): Promise<T[]>
  /** Runs a statement of the portal's own on this table (counts, joins) and returns its rows as the driver gives them. */
  query: FlatRows['query']
  /**
   * One document by id as Payload's findByID returns it at `depth` 0 or 1; null when there is none. At depth 1 its
   * relations come from `related` (below), checked against each related row's `updatedAt` read in the same statement.
   */
  findById(id: number, depth: 0 | 1, tx?: Transaction): Promise<T | null>
}

type Transaction = PayloadRequest

/**
 * The documents rows point at (an application's service, office, citizen and clerk), kept by this process as Payload
 * populates them (findByID at depth 0) and used again only while the related row's `updatedAt` is still the one they
 * were read with: every write through Payload moves it. A copy is handed out, so nobody changes what is kept. Bounded:
 * the least recently used go first.
 */
function relatedDocs(payload: Payload, limit = 2000) {
  const kept = new Map<string, { updatedAt: string; doc: Row }>()
  return async (slug: CollectionSlug, id: number, updatedAt: string, tx?: Transaction): Promise<Row | null> => {
    const key = `${slug}:${id}`
    const hit = kept.get(key)
    if (hit && hit.updatedAt === updatedAt) {
      kept.delete(key)
      kept.set(key, hit)
      return structuredClone(hit.doc)
    }
    const doc = (await payload.findByID({ collection: slug, id, depth: 0, disableErrors: true, req: tx })) as Row | null
    if (!doc) return null
    kept.delete(key)
    kept.set(key, { updatedAt: String(doc.updatedAt), doc })
    if (kept.size > limit) kept.delete(kept.keys().next().value!)
    return structuredClone(doc)
  }
}

export type FlatRows = {
  /** A collection's direct reads, or null when it has fields or hooks a direct read would miss. */
  table<T>(slug: CollectionSlug): FlatTable<T> | null
  /** Runs one statement of the portal's own (see FlatTable.select) and returns its rows as the driver gives them. */
  query(name: string, sql: (param: (n: number) => string) => string, values: unknown[], tx?: Pick<PayloadRequest, 'transactionID'>): Promise<Row[]>
}

type SqlAdapter = {
  name: string
  client?: { execute(stmt: { sql: string; args: unknown[] }): Promise<{ rows: Row[] }> }
  pool?: { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }> }
}
type PgTransaction = { session?: { client?: SqlAdapter['pool'] } }

const cache = new WeakMap<Payload, FlatRows | null>()

/** The direct reads on this Payload's own connection; null on MongoDB (no SQL). */
export function flatRows(payload: Payload): FlatRows | null {
  if (!cache.has(payload)) cache.set(payload, makeFlatRows(payload))
  return cache.get(payload)!
}

function makeFlatRows(payload: Payload): FlatRows | null {
  const db = payload.db as unknown as SqlAdapter
  const postgres = db.name === 'postgres'
  if (!postgres && db.name !== 'sqlite') return null
  const param = postgres ? (n: number) => `$${n}` : () => '?'
  // Each statement's text, built once per name. A name is one statement (on PostgreSQL, one prepared statement), so a
  // second place in the code using a name already taken fails loudly instead of running the first one's text.
  // The same function (a caller's own, kept) is not compared by its source again.
  const texts = new Map<string, { fn: unknown; source: string; text: string }>()
  const query: FlatRows['query'] = async (name, sql, values, tx) => {
    let known = texts.get(name)
    if (known === undefined) texts.set(name, (known = { fn: sql, source: sql.toString(), text: sql(param) }))
    else if (known.fn !== sql && known.source !== sql.toString()) throw new Error(`flatRows: il nome ${name} è già di un’altra istruzione`)
    const { text } = known
    // The client is read at every call: Payload may replace SQLite's (a transaction takes the connection it had).
    if (!postgres) return (await db.client!.execute({ sql: text, args: values })).rows
    // In a transaction, on its connection: a read outside it would wait for a second one of the pool while holding the first.
    const open = await transactionDb<PgTransaction>(payload, tx)
    const client = open ? open.session?.client : db.pool
    if (!client) throw new Error('flatRows: connessione della transazione non trovata')
    return (await client.query({ name: `sportello_${name}`, text, values })).rows
  }
  const tables = new Map<string, FlatTable<unknown> | null>()
  const related = relatedDocs(payload)
  return {
    query,
    table<T>(slug: CollectionSlug) {
      if (!tables.has(slug)) tables.set(slug, makeTable(payload, slug, query, related))
      return tables.get(slug) as FlatTable<T> | null
    },
  }
}

function makeTable(payload: Payload, slug: CollectionSlug, query: FlatRows['query'], related: ReturnType<typeof relatedDocs>): FlatTable<unknown> | null {
  const config = payload.collections[slug]?.config
  const table = sqlTable(payload, slug)
  const tableName = sqlTableName(payload, slug)
  if (!config || !table || !tableName) return null
  if (config.hooks.afterRead.length || config.auth || config.upload) return null
  const drizzleColumns = getTableColumns(table as Parameters<typeof getTableColumns>[0]) as Record<string, { name: string }>
  const fields = columnsOf(config.flattenedFields as FieldLike[], drizzleColumns)
  if (typeof fields === 'string') return null
  const idColumn = drizzleColumns.id
  if (!idColumn) return null
  const columns: Column[] = [{ path: ['id'], sql: idColumn.name, kind: 'relation' }, ...fields.filter((c) => c.path.join('.') !== 'id')]
  const byField = new Map(columns.map((c) => [c.path.join('.'), quote(c.sql)]))
  const toDoc = (row: Row) => {
    const doc: Row = {}
    columns.forEach((column, i) => {
      let target = doc
      for (const key of column.path.slice(0, -1)) target = (target[key] ??= {}) as Row
      target[column.path.at(-1)!] = valueOf(column.kind, row[`c${i}`])
    })
    return doc
  }
  const toRow = (doc: Row) => {
    const row: Row = {}
    for (const column of columns) {
      let value: unknown = doc
      for (const key of column.path) value = value == null ? undefined : (value as Row)[key]
      if (value !== undefined) row[column.path.join('_')] = value
    }
    return row
  }
  const selectList = (alias?: string) => columns.map((column, i) => `${alias ? `${quote(alias)}.` : ''}${quote(column.sql)} AS "c${i}"`).join(', ')
  const select: FlatTable<unknown>['select'] = async (name, sql, values, tx) => (await query(name, sql, values, tx)).map(toDoc)
  // At depth 1, each relation's row joined for its updatedAt: whether what this process keeps of it is still current.
  const relations = columns.flatMap((column, i) => {
    const target = column.relationTo && sqlTable(payload, column.relationTo)
    const targetName = column.relationTo && sqlTableName(payload, column.relationTo)
    const targetColumns = target ? (getTableColumns(target as Parameters<typeof getTableColumns>[0]) as Record<string, { name: string }>) : null
    if (!targetName || !targetColumns?.id || !targetColumns.updatedAt) return []
    return [{ index: i, slug: column.relationTo!, join: `LEFT JOIN ${quote(targetName)} "r${i}" ON "r${i}".${quote(targetColumns.id.name)} = "t".${quote(column.sql)}`, updatedAt: `"r${i}".${quote(targetColumns.updatedAt.name)} AS "u${i}"` }]
  })
  if (relations.length !== columns.filter((c) => c.relationTo).length) return null
  const byIdSql = (depth: 0 | 1) => (param: (n: number) => string) =>
    `SELECT ${[selectList('t'), ...(depth ? relations.map((r) => r.updatedAt) : [])].join(', ')} FROM ${quote(tableName)} "t" ${depth ? relations.map((r) => r.join).join(' ') : ''} WHERE "t".${quote(idColumn.name)} = ${param(1)}`
  return {
    table: quote(tableName),
    column(field) {
      const found = byField.get(field)
      if (!found) throw new Error(`flatRows: campo ${field} non trovato nella raccolta ${slug}`)
      return found
    },
    selectList,
    toDoc,
    toRow,
    select,
    query,
    async findById(id, depth, tx) {
      const [row] = await query(`${tableName}_${depth}`, byIdSql(depth), [id], tx)
      if (!row) return null
      const doc = toDoc(row)
      if (depth) {
        await Promise.all(relations.map(async ({ index, slug: target }) => {
          const path = columns[index]!.path
          let holder = doc
          for (const key of path.slice(0, -1)) holder = holder[key] as Row
          const relatedId = holder[path.at(-1)!]
          const updatedAt = dateOf(row[`u${index}`])
          // A relation to a row that is gone stays its id, as Payload leaves it.
          if (relatedId == null || !updatedAt) return
          holder[path.at(-1)!] = (await related(target, relatedId as number, updatedAt, tx)) ?? relatedId
        }))
      }
      return doc
    },
  }
}

/**
 * A collection's direct reads, looked up at the first call (a store is created before anything reads through it, and
 * the OpenAPI document is built from stores with no database behind them).
 */
export function flatTableOf<T>(payload: Payload, slug: CollectionSlug): () => FlatTable<T> | null {
  let table: FlatTable<T> | null | undefined
  return () => (table === undefined ? (table = flatRows(payload)?.table<T>(slug) ?? null) : table)
}
