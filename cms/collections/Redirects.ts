import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { canEditContent } from '../access/canEditContent'
import { publicPathOf } from '../constants/publicPaths'
import { rebuildOnPublish } from '../publishing/rebuildQueue'

const localPath = /^\/(?:[a-z0-9\-._~%]+\/)*$/i
// Encoded "/", "\", "%" and control characters: once decoded, "/%2F%2Fsito.example/" would point
// to another site, so no path of this site contains them.
const encodedSeparatorOrControl = /%(?:2f|5c|25|[01][0-9a-f]|7f|c2%[89][0-9a-f])/i

/** A path of this site only, starting with a single "/" and ending with "/": never another site. */
export function validatePath(value: unknown): true | string {
  return typeof value === 'string' && localPath.test(value) && !value.includes('..') && !encodedSeparatorOrControl.test(value)
    ? true
    : 'Indica un percorso del sito che inizia e finisce con una barra, es. /notizie/vecchio-titolo/'
}

/**
 * "Reindirizzamenti": old addresses that keep working with a 301 to the new one. Created by hand
 * or automatically when the slug (or path) of a published document changes.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: { singular: 'Reindirizzamento', plural: 'Reindirizzamenti' },
  admin: { group: 'Pubblicazione', useAsTitle: 'from', defaultColumns: ['from', 'to', 'updatedAt'] },
  access: { read: anyone, create: canEditContent, update: canEditContent, delete: canEditContent },
  hooks: rebuildOnPublish({ always: true }),
  fields: [
    { name: 'from', label: 'Vecchio indirizzo', type: 'text', required: true, unique: true, index: true, validate: validatePath },
    {
      name: 'to', label: 'Nuovo indirizzo', type: 'text', required: true, validate: validatePath,
      admin: { description: 'Un percorso di questo sito, che inizia con una sola barra (es. /notizie/nuovo-titolo/). Non si può reindirizzare ad altri siti: per un sito esterno pubblica un collegamento in una pagina.' },
    },
  ],
}

/**
 * When a published document moves to a new address, its old address redirects there; a redirect
 * that pointed to the old address is updated too, so there are never chains or loops.
 */
export const redirectOnMove: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  if (previousDoc?._status !== 'published' || doc?._status !== 'published') return doc
  const key = collection.slug === 'pages' ? 'path' : 'slug'
  const from = publicPathOf(collection.slug, previousDoc[key])
  const to = publicPathOf(collection.slug, doc[key])
  if (!from || !to || from === to) return doc
  const { payload } = req
  await payload.delete({ collection: 'redirects', where: { from: { equals: to } }, req, overrideAccess: true })
  await payload.update({ collection: 'redirects', where: { to: { equals: from } }, data: { to }, req, overrideAccess: true })
  const existing = await payload.find({ collection: 'redirects', where: { from: { equals: from } }, limit: 1, depth: 0, req, overrideAccess: true })
  if (existing.docs[0]) await payload.update({ collection: 'redirects', id: existing.docs[0].id, data: { to }, req, overrideAccess: true })
  else await payload.create({ collection: 'redirects', data: { from, to }, req, overrideAccess: true })
  return doc
}
