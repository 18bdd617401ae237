import type { Loader } from 'astro/loaders'
import type { CollectionSlug, GlobalSlug } from 'payload'

import type { CollectionMapping, Doc } from './mapping'
import { payloadClient } from './payloadClient'
import { renderBundleMode } from './renderBundleMode'

export type { CollectionMapping } from './mapping'

/**
 * Loads the published documents of a Payload collection. Access rules run as for an anonymous
 * visitor (overrideAccess: false), so a draft can never reach the static site.
 */
export function payloadCollectionLoader(mapping: CollectionMapping): Loader {
  return {
    name: `payload:${mapping.collection}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      if (renderBundleMode()) return store.clear()
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: mapping.collection,
        overrideAccess: false,
        draft: false,
        depth: 2,
        limit: 0,
        pagination: false,
        populate: mapping.populate as never,
      })
      const seen = new Set<string>()
      for (const doc of docs as unknown as Doc[]) {
        const id = mapping.idOf(doc)
        const data = await parseData({ id, data: mapping.toData(doc) })
        const digest = generateDigest({ ...data, updatedAt: doc.updatedAt ?? '' })
        store.set({ id, data, digest })
        seen.add(id)
      }
      // Unpublished or deleted documents leave the site.
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id)
      logger.info(`${seen.size} documenti pubblicati`)
    },
  }
}

/** Loads a Payload global as a one-entry collection (id = the global's slug). */
export function payloadGlobalLoader(slug: GlobalSlug, toData: (doc: Doc) => Record<string, unknown>): Loader {
  return {
    name: `payload-global:${slug}`,
    load: async ({ store, parseData, generateDigest }) => {
      if (renderBundleMode()) return store.clear()
      const payload = await payloadClient()
      const doc = (await payload.findGlobal({ slug, overrideAccess: false, depth: 1 })) as Doc
      const data = await parseData({ id: slug, data: toData(doc) })
      store.set({ id: slug, data, digest: generateDigest(data) })
    },
  }
}
