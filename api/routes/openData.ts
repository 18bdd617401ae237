import { createRoute } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'

import { isByYear, openDatasets, openDatasetPath, type OpenDatasetName } from '../../cms/constants/openDatasets'
import { openDataSchemas as s } from '../contract/openData'
import { errorResponse, jsonResponse, newRouter } from '../openapi'
import type { OpenDataService } from '../services/openData'
import { variantRequestOf, variantResponse } from '../static/variantResponse'

const tags = ['Dati aperti']
/**
 * The same for everyone and changed only by a publication: kept a minute, then revalidated with the ETag (a cheap
 * 304). Any site or app may read it from the browser: public content, no cookie involved.
 */
export const openDataCacheControl = 'public, max-age=60, must-revalidate'
export const openDataCors = { 'Access-Control-Allow-Origin': '*' }

/** What each dataset's `dal`/`al` compare, for its summary in the OpenAPI document. */
const dateMeaning = { publishedAt: 'data di pubblicazione', eventSpan: 'eventi in corso nel periodo (inizio–fine)', updatedAt: 'ultima modifica' } as const

/** Where the unfiltered data of a dataset is, for its description. */
const wholeFiles = (name: OpenDatasetName) => isByYear(name)
  ? `I file completi, senza filtri, sono uno per anno, elencati con il loro numero di elementi in ${openDatasetPath(name)} (generati a ogni pubblicazione).`
  : `Il file completo, senza filtri, è ${openDatasetPath(name)} (generato a ogni pubblicazione).`

const routeOf = (dataset: (typeof openDatasets)[number]) => createRoute({
  method: 'get', path: `/dati-aperti/v1/${dataset.name}`, tags,
  summary: `${dataset.title}: pagine filtrate per argomento e periodo (${dateMeaning[dataset.date]})`,
  description: `${dataset.description} Licenza CC BY 4.0. ${wholeFiles(dataset.name)} ` +
    'Risposte con ETag e Cache-Control: con If-None-Match la risposta è 304 se i dati non sono cambiati.',
  request: { query: s.query },
  responses: {
    200: jsonResponse(s.pages[dataset.name], 'Una pagina del dataset'),
    304: { description: 'Non cambiati (If-None-Match)' },
    422: errorResponse('Filtri o pagina non validi'),
    503: errorResponse('Il sito non è ancora stato pubblicato'),
  },
})

/** /api/dati-aperti/v1/<dataset>: the open data of the public content, filtered and paginated, for apps such as Municipium. */
export function openDataRoutes(openData: OpenDataService) {
  const router = newRouter()
  for (const dataset of openDatasets) {
    router.openapi(routeOf(dataset), async (c) =>
      variantResponse(await openData.page(dataset.name, c.req.valid('query')), variantRequestOf(c), openDataCacheControl, openDataCors) as never)
  }
  return router
}

/** The built files under /dati-aperti/ (served by the static server) readable from any site's browser too. */
export const openDataFilesCors: MiddlewareHandler = async (c, next) => {
  await next()
  if (c.res.ok || c.res.status === 304) for (const [name, value] of Object.entries(openDataCors)) c.res.headers.set(name, value)
}
