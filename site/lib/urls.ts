import { publicPathOf } from '../../cms/constants/publicPaths'
import { isSafeLinkUrl } from '../../cms/fields/safeUrl'

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

/** A link from the CMS as an href, or undefined when the CMS would refuse it today (old data): never javascript:, data: or //host. */
export function urlToSafeHref(url: string | null | undefined): string | undefined {
  const trimmed = url?.trim()
  return trimmed && isSafeLinkUrl(trimmed) ? trimmed : undefined
}
