/** Public URL prefix of each CMS collection; pages use their own path. */
const collectionPrefix: Record<string, string> = {
  services: '/servizi/',
  news: '/notizie/',
  events: '/eventi/',
  offices: '/uffici/',
  places: '/luoghi/',
  documents: '/documenti/',
  topics: '/argomenti/',
  pages: '/',
}

/** The public URL of a document from its collection and slug (or page path). */
export function collectionPath(collection: string, key: string): string {
  const prefix = collectionPrefix[collection]
  return prefix ? `${prefix}${key}/` : '#'
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
  return `/area-personale/domande/nuova/?servizio=${encodeURIComponent(serviceSlug)}`
}
