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
  return { ...filter, ...queryToPeriod(query) }
}

/** The `dal`/`al` days of a public query (Rome time) as instants, `al` included whole; 422 for a day that does not exist or a reversed period. */
export function queryToPeriod(query: { dal?: string; al?: string }): { from?: Date; to?: Date } {
  const from = query.dal ? dayBounds(realDay(query.dal, 'dal')).from : undefined
  // "al" includes its whole day: up to the last millisecond before the next day starts in Rome.
  const to = query.al ? new Date(dayBounds(realDay(query.al, 'al')).to.getTime() - 1) : undefined
  if (from && to && from > to) {
    throw new ApiError('validation', undefined, [{ field: 'al', message: 'L’ultimo giorno viene prima del primo: correggi il periodo.' }])
  }
  return { ...(from && { from }), ...(to && { to }) }
}

/** One text per distinct filter: the key of cached answers. */
export const filterToKey = (filter: ReportFilter): string =>
  JSON.stringify([filter.categories ?? [], filter.statuses ?? [], filter.area ?? '', filter.from?.toISOString() ?? '', filter.to?.toISOString() ?? '', filter.codes ?? []])

function realDay(value: string, field: string): string {
  const day = toDay(value)
  if (!day) throw new ApiError('validation', undefined, [{ field, message: 'Questo giorno non esiste nel calendario.' }])
  return day
}
