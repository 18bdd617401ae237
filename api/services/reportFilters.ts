import { dayBounds, toDay } from '../../cms/agenda/days'
import type { ReportFilter } from '../../cms/reports/contract'
import type { FilterQuery } from '../contract/reports'
import { ApiError } from '../errors'

/** The public filters in the query string (categoria, stato, zona, dal, al) as the read side's filter. */
export function queryToFilter(query: FilterQuery): ReportFilter {
  const filter: ReportFilter = {}
  if (query.categoria?.length) filter.categories = [...new Set(query.categoria)].sort()
  if (query.stato?.length) filter.statuses = [...new Set(query.stato)].sort()
  if (query.zona) filter.area = query.zona
  if (query.dal) filter.from = dayBounds(realDay(query.dal, 'dal')).from
  // "al" includes its whole day: up to the last millisecond before the next day starts in Rome.
  if (query.al) filter.to = new Date(dayBounds(realDay(query.al, 'al')).to.getTime() - 1)
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new ApiError('validation', undefined, [{ field: 'al', message: 'L’ultimo giorno viene prima del primo: correggi il periodo.' }])
  }
  return filter
}

/** One text per distinct filter: the key of cached answers. */
export const filterToKey = (filter: ReportFilter): string =>
  JSON.stringify([filter.categories ?? [], filter.statuses ?? [], filter.area ?? '', filter.from?.toISOString() ?? '', filter.to?.toISOString() ?? '', filter.codes ?? []])

function realDay(value: string, field: string): string {
  const day = toDay(value)
  if (!day) throw new ApiError('validation', undefined, [{ field, message: 'Questo giorno non esiste nel calendario.' }])
  return day
}
