'use client'

import { useListQuery } from '@payloadcms/ui'

import { exportRowLimitText } from '../../practices/exportLimit'
import { queryToSearch } from '../../practices/queue'
import { agendaPath } from './paths'

/**
 * Above the list of bookings: "Esporta CSV" of the rows the list shows now, with the same filters,
 * search and sort; and the way to the day's agenda, where bookings are marked and made.
 */
export function BookingsExportLink() {
  const { query } = useListQuery() ?? {}
  const params = [
    ...(query?.where ? queryToSearch(query.where, 'where') : []),
    ...(query?.search ? queryToSearch(query.search, 'search') : []),
    ...(query?.sort ? queryToSearch(Array.isArray(query.sort) ? query.sort.join(',') : query.sort, 'sort') : []),
  ]
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/bookings/esporta.csv${params.length ? `?${params.join('&')}` : ''}`} download>
        Esporta CSV
      </a>{' '}
      <span>le prenotazioni in elenco, con i filtri e la ricerca attuali ({exportRowLimitText}). Per segnare arrivi e prenotare per un cittadino apri l’<a href={`/admin${agendaPath}`}>agenda del giorno</a>.</span>
    </p>
  )
}
