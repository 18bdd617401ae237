import type { Payload } from 'payload'

import { dateOf, flatRows, quote } from '../../cms/flatRows'
import type { Office, Service } from '../../cms/payload-types'
import { relationId } from '../../cms/relationId'
import { sqlColumnName, sqlTableName } from '../../cms/sqlTables'
import type { Transaction } from './transactions'

type Row = Record<string, unknown>

/** The catalogue of services, as the citizen's applications read it (with the responsible office). */
export function catalogueStore(payload: Payload) {
  /**
   * The published service by slug and its office, read through the Local API and kept by this process for as long as
   * the two rows' `updatedAt` (read in one statement at every call, so every process sees another one's edits) are the
   * ones it was read with: every save through Payload moves them. Opening a draft reads it at every call, and the Local
   * API's find took ~5 ms of the server's time of it. Bounded: the least recently used go first.
   */
  const kept = new Map<string, { stamp: string; service: Service }>()
  const keptLimit = 500
  // Built once, at the first call (flatRows keeps each statement's text by its name), when Payload's schema is loaded.
  const stampSql = (param: (n: number) => string) => {
    const table = (slug: string) => quote(sqlTableName(payload, slug)!)
    const column = (slug: string, field: string) => quote(sqlColumnName(payload, slug, field))
    return `SELECT s.${column('services', 'id')} AS "id", s.${column('services', 'updatedAt')} AS "serviceUpdatedAt", o.${column('offices', 'updatedAt')} AS "officeUpdatedAt" ` +
      `FROM ${table('services')} s LEFT JOIN ${table('offices')} o ON o.${column('offices', 'id')} = s.${column('services', 'office')} ` +
      `WHERE s.${column('services', 'slug')} = ${param(1)} AND s.${column('services', '_status')} = ${param(2)} LIMIT 1`
  }

  /** The published service with its office (its other relations left as ids), through the Local API. */
  const readPublished = async (slug: string): Promise<Service | null> => {
    const { docs: [service] } = await payload.find({ collection: 'services', where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] }, depth: 0, limit: 1, pagination: false })
    if (!service) return null
    const officeId = relationId(service.office)
    const office = officeId == null ? null : ((await payload.findByID({ collection: 'offices', id: officeId, depth: 0, disableErrors: true })) as Office | null)
    return { ...service, office: office ?? service.office }
  }

  return {
    /** A published service, with its office (the citizen's page names it); null when there is none by that slug. */
    async findPublishedBySlug(slug: string): Promise<Service | null> {
      const sql = flatRows(payload)
      if (!sql) return readPublished(slug)
      const [row] = (await sql.query('services_published_stamp', stampSql, [slug, 'published'])) as Row[]
      if (!row) return null
      const stamp = `${Number(row.id)}:${dateOf(row.serviceUpdatedAt)}:${dateOf(row.officeUpdatedAt)}`
      const hit = kept.get(slug)
      kept.delete(slug)
      if (hit?.stamp === stamp) {
        kept.set(slug, hit)
        return structuredClone(hit.service)
      }
      const service = await readPublished(slug)
      if (!service) return null
      kept.set(slug, { stamp, service })
      if (kept.size > keptLimit) kept.delete(kept.keys().next().value!)
      return structuredClone(service)
    },
    /** A service, published or not (an application keeps its service); inside `tx` when read during one (never a second connection). */
    async findById(id: number, tx?: Transaction): Promise<Service | null> {
      return payload.findByID({ collection: 'services', id, depth: 1, disableErrors: true, req: tx })
    },
  }
}

export type CatalogueStore = ReturnType<typeof catalogueStore>
