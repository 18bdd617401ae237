/** Public URL prefix of each CMS collection on the static site; pages use their own path. */
export const collectionPrefix: Record<string, string> = {
  services: '/servizi/',
  news: '/notizie/',
  events: '/eventi/',
  offices: '/uffici/',
  places: '/luoghi/',
  documents: '/documenti/',
  topics: '/argomenti/',
  pages: '/',
}

/** The public URL of a document from its collection and slug (or page path), or null if it has none. */
export function publicPathOf(collection: string, key: string | null | undefined): string | null {
  const prefix = collectionPrefix[collection]
  return prefix && key ? `${prefix}${key}/` : null
}
