import type { Payload, PayloadRequest } from 'payload'

import { dateTimeToItalian } from '../../format/italian'
import { eventToWords } from '../../practices/historyWords'
import { practiceOnPage } from './practiceOnPage'

type Props = { id?: number | string; payload: Payload; req?: PayloadRequest }

/**
 * In an application's main area: its history as a list to read — when, who, what, the message —
 * oldest first, internal notes marked as such. Read only: entries are never edited.
 */
export async function PracticeHistory({ id, payload, req }: Props) {
  if (!id || !req?.user) return null
  const docs = (await practiceOnPage(payload, req.user, String(id)))?.events ?? []
  return (
    <section aria-labelledby="practice-history-title" data-testid="practice-history" style={{ margin: '2rem 0' }}>
      <h2 id="practice-history-title" style={{ fontSize: '1.25rem', marginBottom: '0.75rem' }}>Storico</h2>
      {docs.length === 0 ? <p>Nessun evento registrato.</p> : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {docs.map((event) => {
            const internal = !event.visibleToCitizen
            return (
              <li key={event.id} style={{ borderLeft: `3px solid ${event.kind === 'nota-interna' ? '#8a5300' : '#9a9a9a'}`, padding: '0.25rem 0 0.25rem 0.75rem', marginBottom: '0.75rem' }}>
                <p style={{ margin: 0 }}>
                  <time dateTime={event.createdAt}>{dateTimeToItalian(event.createdAt)}</time> · <strong>{event.actorLabel}</strong> {eventToWords(event)}
                  {event.kind === 'nota-interna' ? <> · <strong>Nota interna</strong> (non visibile al cittadino)</> : internal && <> · non visibile al cittadino</>}
                </p>
                {event.message && <p style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-line' }}>{event.message}</p>}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
