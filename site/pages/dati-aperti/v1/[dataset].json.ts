import type { APIRoute, GetStaticPaths } from 'astro'

import { openDatasets, openDataVersion } from '../../../../cms/constants/openDatasets'
import { datasetItems, openDataLicence } from '../../../lib/openData/datasetItems'
import { routeParams, staticPathsOf } from '../../../lib/sitePaths'

/**
 * /dati-aperti/v1/<dataset>.json: a whole open dataset, written by the build and served as a static file (ETag, 304,
 * Brotli). The API's filtered pages (/api/dati-aperti/v1/<dataset>) are read from these very files.
 */
export const getStaticPaths = (() => staticPathsOf(routeParams.openDatasets())) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site, url }) => {
  const dataset = openDatasets.find((d) => d.name === params.dataset)?.name
  if (!dataset) return new Response(null, { status: 404 })
  const body = { dataset, version: openDataVersion, licence: await openDataLicence(), items: await datasetItems(dataset, site ?? url) }
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
