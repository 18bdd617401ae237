import { createHash } from 'node:crypto'

import { openDatasets, openDataVersion, type OpenDatasetDate, type OpenDatasetName } from '../../cms/constants/openDatasets'
import type { AnyOpenDataItem, OpenDataQuery } from '../contract/openData'
import type { BuiltDatasetStore } from '../data/openDataFiles'
import { ApiError } from '../errors'
import type { StaticFile } from '../static/staticFile'
import { withVariants } from '../static/variantResponse'
import { queryToPeriod } from './reportFilters'
import { versionedCache } from './versionedCache'

type Period = { from?: Date; to?: Date }

/** The instants an item occupies for the `dal`/`al` filter: its publication, its span (events) or its last change. */
function instantsOf(item: AnyOpenDataItem, date: OpenDatasetDate): [Date, Date] {
  if (date === 'eventSpan' && 'startDate' in item) return [new Date(item.startDate), new Date(item.endDate ?? item.startDate)]
  const at = new Date(date === 'publishedAt' && 'publishedAt' in item ? item.publishedAt : item.updatedAt)
  return [at, at]
}

/** Whether an item is in the period (an event overlapping it counts) and, for content, tagged with the topic. */
function matches(item: AnyOpenDataItem, date: OpenDatasetDate, { from, to }: Period, topic: string | undefined): boolean {
  const [start, end] = instantsOf(item, date)
  if ((from && end < from) || (to && start > to)) return false
  if (!topic) return true
  return 'topics' in item ? item.topics.some((t) => t.slug === topic) : item.slug === topic
}

/** The normalised query: the key of a cached page and part of its ETag. */
const queryToKey = (query: OpenDataQuery): string => JSON.stringify([query.pagina, query.per_pagina, query.argomento ?? '', query.dal ?? '', query.al ?? ''])

/**
 * The API's reads of the open datasets: filtered pages of the files the build wrote, each made once per build and
 * query and kept in memory with its compressed variants and an ETag that is the same on every server with that build.
 */
export function openDataService(store: BuiltDatasetStore) {
  const caches = new Map(openDatasets.map((d) => [d.name, versionedCache<StaticFile>(64)]))
  return {
    /** One page of a dataset; 503 while no build has written it. */
    async page(name: OpenDatasetName, query: OpenDataQuery): Promise<StaticFile> {
      const period = queryToPeriod(query)
      const dataset = await store.read(name)
      if (!dataset) throw new ApiError('unavailable', 'I dati aperti non sono ancora stati pubblicati: riprova dopo la prossima pubblicazione del sito.')
      const key = queryToKey(query)
      return caches.get(name)!.get(dataset.version, key, async () => {
        const date = openDatasets.find((d) => d.name === name)!.date
        const found = dataset.items.filter((item) => matches(item, date, period, query.argomento))
        const size = query.per_pagina
        const body = {
          dataset: name, version: openDataVersion, licence: dataset.licence,
          items: found.slice((query.pagina - 1) * size, query.pagina * size),
          page: query.pagina, pageSize: size, total: found.length, totalPages: Math.ceil(found.length / size),
        }
        const etag = `"od-${createHash('sha256').update(`${name}|${dataset.version}|${key}`).digest('base64url').slice(0, 22)}"`
        return withVariants(Buffer.from(JSON.stringify(body)), 'application/json; charset=utf-8', etag)
      })
    },
  }
}

/** What the open data routes call. */
export type OpenDataService = ReturnType<typeof openDataService>
