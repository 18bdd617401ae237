import type { APIRoute, GetStaticPaths } from 'astro'

import { isByYear, openDatasets, openDataVersion } from '../../../../cms/constants/openDatasets'
import { datasetItems, datasetYears, openDataLicence } from '../../../lib/openData/datasetItems'
import { routeParams, staticPathsOf } from '../../../lib/sitePaths'

/**
 * /dati-aperti/v1/<dataset>.json, written by the build and served as a static file (ETag, 304, Brotli): a whole open
 * dataset, or — for the datasets that grow with the archive (news, events) — the index of its yearly files
 * (/dati-aperti/v1/<dataset>/<anno>.json) with each year's count. The API's filtered pages
 * (/api/dati-aperti/v1/<dataset>) are read from these very files.
 */
export const getStaticPaths = (() => staticPathsOf(routeParams.openDatasets())) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site, url }) => {
  const dataset = openDatasets.find((d) => d.name === params.dataset)?.name
  if (!dataset) return new Response(null, { status: 404 })
  const head = { dataset, version: openDataVersion, licence: await openDataLicence() }
  let body: object
  if (isByYear(dataset)) {
    const years = await datasetYears(dataset)
    body = { ...head, total: years.reduce((sum, y) => sum + y.total, 0), years }
  } else {
    body = { ...head, items: await datasetItems(dataset, site ?? url) }
  }
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
