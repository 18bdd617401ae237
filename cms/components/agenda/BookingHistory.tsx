import type { Payload, PayloadRequest } from 'payload'

import { bookingEventToWords } from '../../agenda/historyWords'
import { dateTimeToItalian } from '../../format/italian'

type Props = { id?: number | string; payload: Payload; req?: PayloadRequest }

/**
 * On a booking's page: its history to read — when, who, what, the message to the citizen — oldest
 * first. Read only, with the reader's access: entries are never edited.
 */
export async function BookingHistory({ id, payload, req }: Props) {
  if (!id || !req?.user) return null
  const { docs } = await payload.find({
    collection: 'booking-events', where: { booking: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false, overrideAccess: false, user: req.user,
  })
  return (
    <section aria-labelledby="booking-history-title" data-testid="booking-history" style={{ margin: '2rem 0' }}>
      <h2 id="booking-history-title" style={{ fontSize: '1.25rem', marginBottom: '0.75rem' }}>Storico</h2>
      {docs.length === 0 ? <p>Nessun evento registrato.</p> : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {docs.map((event) => (
            <li key={event.id} style={{ borderLeft: '3px solid #9a9a9a', padding: '0.25rem 0 0.25rem 0.75rem', marginBottom: '0.75rem' }}>
              <p style={{ margin: 0 }}>
                <time dateTime={event.createdAt}>{dateTimeToItalian(event.createdAt)}</time> · <strong>{event.actorLabel}</strong> {bookingEventToWords(event)}
              </p>
              {event.message && <p style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-line' }}>Messaggio al cittadino: {event.message}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
