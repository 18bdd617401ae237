import type { APIRoute, GetStaticPaths } from 'astro'

import { isByYear, openDatasets, openDataVersion } from '../../../../../cms/constants/openDatasets'
import { datasetYearItems, openDataLicence } from '../../../../lib/openData/datasetItems'
import { routeParams, staticPathsOf } from '../../../../lib/sitePaths'

/**
 * /dati-aperti/v1/<dataset>/<anno>.json: one year of a dataset written by year (news by publication, events by start,
 * in Rome's time), listed by the dataset's index file. Publishing an item rewrites its year's file only.
 */
export const getStaticPaths = (() => staticPathsOf(routeParams.openDatasetYears())) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site, url }) => {
  const dataset = openDatasets.find((d) => d.name === params.dataset)?.name
  if (!dataset || !isByYear(dataset)) return new Response(null, { status: 404 })
  const items = await datasetYearItems(dataset, String(params.anno), site ?? url)
  if (!items) return new Response(null, { status: 404 })
  const body = { dataset, version: openDataVersion, licence: await openDataLicence(), year: Number(params.anno), items }
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
