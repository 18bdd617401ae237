import type { Payload, TypedUser } from 'payload'

import { dayAgenda } from '../../agenda/agenda'
import { romeDayOf } from '../../agenda/days'
import { hasRole } from '../../access/roles'
import { agendaPath } from './paths'

/** Above the list of calendars: where the day's bookings are worked. */
export function CalendarsListNote() {
  return <p style={{ margin: '0 0 1rem' }}>Gli appuntamenti di ogni giorno, da segnare e stampare, sono nell’<a href={`/admin${agendaPath}`}>agenda del giorno</a>.</p>
}

/**
 * On the operator's home, above the queue of applications: today's appointments of their offices,
 * a link to the agenda. Nothing for staff who do not work the desks.
 */
export async function AgendaLanding({ payload, user }: { payload: Payload; user?: TypedUser }) {
  if (!user || !(hasRole(user, 'operator') || hasRole(user, 'admin'))) return null
  const rows = await dayAgenda(payload, user, romeDayOf(new Date()))
  const expected = rows.filter((r) => r.status === 'confermata' || r.status === 'da-confermare').length
  const total = rows.filter((r) => r.status !== 'annullata').length
  return (
    <section aria-labelledby="agenda-landing-title" data-testid="agenda-landing" style={{ marginBottom: '2rem' }}>
      <h2 id="agenda-landing-title">Gli appuntamenti di oggi</h2>
      <p style={{ marginTop: 0 }}>
        {total === 0 ? 'Nessun appuntamento prenotato per oggi.' : `${total} ${total === 1 ? 'appuntamento' : 'appuntamenti'} oggi, ${expected} ancora da ricevere.`}{' '}
        <a href={`/admin${agendaPath}`}>Apri l’agenda del giorno</a>
      </p>
    </section>
  )
}
