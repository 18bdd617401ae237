import type { CollectionSlug } from 'payload'

export type Doc = Record<string, unknown> & { id: number | string; updatedAt?: string }

/** How one CMS collection becomes entries of an Astro collection. */
export type CollectionMapping = {
  collection: CollectionSlug
  /** The entry id: the slug (or the page path). */
  idOf: (doc: Doc) => string
  /** Turns a Payload document into the plain data the pages render. */
  toData: (doc: Doc) => Record<string, unknown>
  /** Related collections to populate, with the fields the mapping reads. */
  populate?: Record<string, Record<string, true>>
}
