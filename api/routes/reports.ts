import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'

import { reportSchemas as s } from '../contract/reports'
import { errorResponse, jsonResponse, newRouter, type AppEnv } from '../openapi'
import { queryToFilter } from '../services/reportFilters'
import type { PublicReportsService } from '../services/reports'
import { variantRequestOf, variantResponse } from '../static/variantResponse'

/** What the public report routes need; `tiles` is the tile proxy's address template, or null when off. */
export type ReportRoutesDeps = { reports: PublicReportsService; tiles: { url: string; attribution: string } | null }

const tags = ['Segnalazioni (dati pubblici)']
/**
 * Public data, the same for everyone: kept a few seconds (a change shows up at once on reload after
 * that), then revalidated with the ETag (a cheap 304). Shared caches (nginx) may keep it 30 s.
 */
export const publicShortCache = 'public, max-age=5, s-maxage=30, must-revalidate'
const notFound = { 404: errorResponse('Segnalazione non trovata o non pubblica') }
const invalid = { 422: errorResponse('Filtri non validi') }

const markersRoute = createRoute({
  method: 'get', path: '/segnalazioni', tags, summary: 'Segnaposto della mappa pubblica (forma compatta, ETag, gzip/Brotli)', request: { query: s.filterQuery },
  responses: { 200: jsonResponse(s.markers, 'Segnaposto'), 304: { description: 'Non cambiati (If-None-Match)' }, ...invalid },
})
const listRoute = createRoute({
  method: 'get', path: '/segnalazioni/elenco', tags, summary: 'Elenco pubblico delle segnalazioni, dalla più recente, a pagine di 20', request: { query: s.listQuery },
  responses: { 200: jsonResponse(s.page, 'Una pagina dell’elenco'), ...invalid },
})
const categoriesRoute = createRoute({
  method: 'get', path: '/segnalazioni/categorie', tags, summary: 'Categorie che si possono segnalare, zone e stati (per i filtri)',
  responses: { 200: jsonResponse(s.categories, 'Categorie, zone e stati') },
})
const nearbyRoute = createRoute({
  method: 'get', path: '/segnalazioni/vicine', tags, summary: 'Segnalazioni aperte della stessa categoria entro 150 m («Già segnalato?»)', request: { query: s.nearbyQuery },
  responses: { 200: jsonResponse(s.nearby, 'Al massimo 5, dalla più vicina'), 422: errorResponse('Punto o categoria non validi') },
})
const oneRoute = createRoute({
  method: 'get', path: '/segnalazioni/{code}', tags, summary: 'Una segnalazione pubblica: stato, risposte dell’ufficio, testo e foto moderati', request: { params: s.codeParam },
  responses: { 200: jsonResponse(s.publicReport, 'La segnalazione'), ...notFound },
})
const photoRoute = createRoute({
  method: 'get', path: '/segnalazioni/{code}/foto/{position}', tags, summary: 'Una foto approvata dalla moderazione (JPEG senza metadati)', request: { params: s.photoParam },
  responses: { 200: { description: 'JPEG', content: { 'image/jpeg': { schema: { type: 'string', format: 'binary' } } } }, 404: errorResponse('Foto non disponibile') },
})
const streetsRoute = createRoute({
  method: 'get', path: '/strade', tags, summary: 'Cerca nello stradario del Comune (suggerimenti dell’indirizzo)', request: { query: s.streetQuery },
  responses: { 200: jsonResponse(s.streets, 'Al massimo 8 strade'), 422: errorResponse('Testo da cercare non valido') },
})
const mapRoute = createRoute({
  method: 'get', path: '/mappa', tags, summary: 'Impostazioni della mappa: le tessere, sempre servite da questo sito, e la loro attribuzione',
  responses: { 200: jsonResponse(s.mapSettings, 'Impostazioni della mappa') },
})

/** /api/segnalazioni*, /api/strade, /api/mappa: the public, personal-data-free read side of reports. */
export function reportRoutes({ reports, tiles }: ReportRoutesDeps) {
  const router = newRouter()
  const cached = <T>(c: Context<AppEnv>, body: T) => {
    c.header('Cache-Control', publicShortCache)
    return body
  }
  router.openapi(markersRoute, async (c) => variantResponse(await reports.markers(queryToFilter(c.req.valid('query'))), variantRequestOf(c), publicShortCache) as never)
  router.openapi(listRoute, async (c) => {
    const query = c.req.valid('query')
    return c.json(cached(c, await reports.page(queryToFilter(query), query.pagina)), 200)
  })
  router.openapi(categoriesRoute, async (c) => c.json(cached(c, await reports.categories()), 200))
  router.openapi(nearbyRoute, async (c) => {
    const { lat, lng, categoria } = c.req.valid('query')
    c.header('Cache-Control', 'no-store')
    return c.json(await reports.nearby(lat, lng, categoria), 200)
  })
  router.openapi(streetsRoute, async (c) => c.json(cached(c, await reports.streets(c.req.valid('query').q)), 200))
  router.openapi(mapRoute, async (c) => c.json(cached(c, { tiles: tiles?.url ?? null, attribution: tiles?.attribution ?? null }), 200))
  router.openapi(oneRoute, async (c) => c.json(cached(c, await reports.report(c.req.valid('param').code)), 200))
  router.openapi(photoRoute, async (c) => {
    const { code, position } = c.req.valid('param')
    const bytes = await reports.photo(code, position)
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff', 'content-disposition': `inline; filename="${code}-${position}.jpg"`,
        // Short: moderation may withdraw a photo, and caches must let it go soon after.
        'cache-control': 'public, max-age=60, must-revalidate',
      },
    }) as never
  })
  return router
}
