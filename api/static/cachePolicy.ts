/** The Cache-Control header for a URL path of the built site. */
export function pathToCacheControl(urlPath: string): string {
  // Astro fingerprints everything under /_astro/: it can be cached forever.
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable'
  // Uploaded images keep their name when re-published, so revalidate daily.
  if (urlPath.startsWith('/media/')) return 'public, max-age=86400'
  // The service worker: the browser must ask every time, or a new build's worker would wait for a stale copy to expire.
  if (urlPath === '/sw.js') return 'no-cache'
  // Pages, feeds and the search index change on every publish: always revalidate (cheap 304s).
  return 'public, max-age=0, must-revalidate'
}
