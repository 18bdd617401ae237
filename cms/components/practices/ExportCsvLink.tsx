'use client'

import { useListQuery } from '@payloadcms/ui'

import { exportRowLimitText } from '../../practices/exportLimit'
import { queryToSearch } from '../../practices/queue'

/**
 * Above the list of applications: "Esporta CSV" of the rows the list shows now, with the same
 * filters, search and sort the clerk chose (read from the list's own query, saved filters included).
 */
export function ExportCsvLink() {
  const { query } = useListQuery() ?? {}
  const params = [
    ...(query?.where ? queryToSearch(query.where, 'where') : []),
    ...(query?.search ? queryToSearch(query.search, 'search') : []),
    ...(query?.sort ? queryToSearch(Array.isArray(query.sort) ? query.sort.join(',') : query.sort, 'sort') : []),
  ]
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/practices/esporta.csv${params.length ? `?${params.join('&')}` : ''}`} download>
        Esporta CSV
      </a>{' '}
      <span>le pratiche in elenco, con i filtri e la ricerca attuali ({exportRowLimitText}).</span>
    </p>
  )
}
