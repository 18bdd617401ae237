'use client'

import type { ReactNode } from 'react'
import { useListQuery } from '@payloadcms/ui'

import { exportRowLimitText } from '../practices/exportLimit'
import { queryToSearch } from '../practices/queue'
import { agendaPath } from './agenda/paths'

/** What each list with a CSV export (its `/api/<collection>/esporta.csv` endpoint) says about it. */
const exports = {
  practices: { rows: 'le pratiche', after: null },
  certificates: { rows: 'i certificati', after: null },
  bookings: {
    rows: 'le prenotazioni',
    after: <> Per segnare arrivi e prenotare per un cittadino apri l’<a href={`/admin${agendaPath}`}>agenda del giorno</a>.</>,
  },
} satisfies Record<string, { rows: string; after: ReactNode }>

/**
 * Above a collection's list (applications, bookings): "Esporta CSV" of the rows the list shows now,
 * with the same filters, search and sort the clerk chose (read from the list's own query, saved
 * filters included). The collection is given in the admin config's `clientProps`.
 */
export function ExportCsvLink({ collection }: { collection: keyof typeof exports }) {
  const { query } = useListQuery() ?? {}
  const params = [
    ...(query?.where ? queryToSearch(query.where, 'where') : []),
    ...(query?.search ? queryToSearch(query.search, 'search') : []),
    ...(query?.sort ? queryToSearch(Array.isArray(query.sort) ? query.sort.join(',') : query.sort, 'sort') : []),
  ]
  const { rows, after } = exports[collection]
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/${collection}/esporta.csv${params.length ? `?${params.join('&')}` : ''}`} download>
        Esporta CSV
      </a>{' '}
      <span>{rows} in elenco, con i filtri e la ricerca attuali ({exportRowLimitText}).{after}</span>
    </p>
  )
}
