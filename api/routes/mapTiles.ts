import { z } from '@hono/zod-openapi'

import { errorResponse, newRouter } from '../openapi'
import type { MapTilesService } from '../services/mapTiles'

const tileParams = z.object({
  z: z.coerce.number().int().min(0).max(19).openapi({ description: 'Livello di ingrandimento' }),
  x: z.coerce.number().int().min(0).openapi({ description: 'Colonna' }),
  y: z.coerce.number().int().min(0).openapi({ description: 'Riga' }),
})

/**
 * GET /api/mappa/tile/{z}/{x}/{y}.png: the map's background through the portal (api/data/mapTiles.ts).
 * A plain route with patterns, because "{y}.png" is not one OpenAPI parameter; described by hand.
 */
export function mapTileRoutes(tiles: MapTilesService) {
  const router = newRouter()
  router.openAPIRegistry.registerPath({
    method: 'get', path: '/mappa/tile/{z}/{x}/{y}.png', tags: ['Segnalazioni (dati pubblici)'],
    summary: 'Una tessera della mappa di sfondo, servita dal portale (mai da un altro sito)', request: { params: tileParams },
    responses: { 200: { description: 'PNG', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } }, 404: errorResponse('Mappa di sfondo spenta, fuori zona o non raggiungibile') },
  })
  router.get('/mappa/tile/:z{[0-9]{1,2}}/:x{[0-9]{1,7}}/:y{[0-9]{1,7}\\.png}', async (c) => {
    const bytes = await tiles.tile(Number(c.req.param('z')), Number(c.req.param('x')), Number(c.req.param('y').slice(0, -4)))
    return new Response(new Uint8Array(bytes), {
      headers: { 'content-type': 'image/png', 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=604800' },
    })
  })
  return router
}
