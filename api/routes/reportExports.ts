import { createRoute, z } from '@hono/zod-openapi'

import { reportSchemas as s } from '../contract/reports'
import { errorResponse, newRouter } from '../openapi'
import { licenceLink, type ReportExportsService } from '../services/reportExports'
import { queryToFilter } from '../services/reportFilters'
import { variantRequestOf, variantResponse } from '../static/variantResponse'
import { publicShortCache } from './reports'

const tags = ['Dati aperti']
const licensed = 'Licenza CC BY 4.0 (Comune di Brindisi), indicata nel corpo e nell’intestazione Link rel="license". Nessun dato personale; testi e foto solo dopo la moderazione.'
const file = (type: string, schema: z.ZodType = z.string()) => ({ description: licensed, content: { [type]: { schema } } })

const geojsonRoute = createRoute({
  method: 'get', path: '/segnalazioni.geojson', tags, summary: 'Segnalazioni pubbliche in GeoJSON (RFC 7946)', request: { query: s.filterQuery },
  responses: { 200: file('application/geo+json', s.geojson), 304: { description: 'Non cambiate (If-None-Match)' }, 422: errorResponse('Filtri non validi') },
})
const csvRoute = createRoute({
  method: 'get', path: '/segnalazioni.csv', tags, summary: 'Segnalazioni pubbliche in CSV (UTF-8, virgola)', request: { query: s.filterQuery },
  responses: { 200: file('text/csv'), 304: { description: 'Non cambiate (If-None-Match)' }, 422: errorResponse('Filtri non validi') },
})

/** /api/segnalazioni.geojson and .csv: the public reports as open data, with the licence, ETags and short caching. */
export function reportExportRoutes(exports: ReportExportsService) {
  const router = newRouter()
  router.openapi(geojsonRoute, async (c) =>
    variantResponse(await exports.geojson(queryToFilter(c.req.valid('query'))), variantRequestOf(c), publicShortCache, { Link: licenceLink, 'Access-Control-Allow-Origin': '*' }) as never)
  router.openapi(csvRoute, async (c) =>
    variantResponse(await exports.csv(queryToFilter(c.req.valid('query'))), variantRequestOf(c), publicShortCache, {
      Link: licenceLink, 'Access-Control-Allow-Origin': '*', 'Content-Disposition': 'attachment; filename="segnalazioni-brindisi.csv"',
    }) as never)
  return router
}
