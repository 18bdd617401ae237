import type { Payload } from 'payload'

import type { Service } from '../../cms/payload-types'
import type { Transaction } from './transactions'

/** The catalogue of services, as the citizen's applications read it (with the responsible office). */
export function catalogueStore(payload: Payload) {
  return {
    /** A published service. */
    async findPublishedBySlug(slug: string): Promise<Service | null> {
      const { docs } = await payload.find({ collection: 'services', where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] }, depth: 1, limit: 1, pagination: false })
      return docs[0] ?? null
    },
    /** A service, published or not (an application keeps its service); inside `tx` when read during one (never a second connection). */
    async findById(id: number, tx?: Transaction): Promise<Service | null> {
      return payload.findByID({ collection: 'services', id, depth: 1, disableErrors: true, req: tx })
    },
  }
}

export type CatalogueStore = ReturnType<typeof catalogueStore>
