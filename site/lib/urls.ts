import { publicPathOf } from '../../cms/constants/publicPaths'

/** The public URL of a document from its collection and slug (or page path). */
export function collectionPath(collection: string, key: string): string {
  return publicPathOf(collection, key) ?? '#'
}

/** The public URL of an uploaded file, copied into the static site's media folder. */
export function mediaPath(filename: string): string {
  return `/media/${encodeURIComponent(filename)}`
}

/** The public URL of a service category page. */
export function categoryPath(category: string): string {
  return `/servizi/categorie/${category}/`
}

/** Where a citizen starts an online application for a service (the personal area's form). */
export function newApplicationPath(serviceSlug: string): string {
  return `/area-personale/domanda/?servizio=${encodeURIComponent(serviceSlug)}`
}
