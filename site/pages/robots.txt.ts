import type { APIRoute } from 'astro'

/** Crawlers may read everything but the personal area; the sitemap lists every public page. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? 'http://localhost:3000').href
  const body = ['User-agent: *', 'Allow: /', 'Disallow: /area-personale/', '', `Sitemap: ${sitemap}`, ''].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
