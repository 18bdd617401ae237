import type { Payload, PayloadRequest } from 'payload'

import { dateTimeToItalian } from '../../format/italian'
import { labelOf, reportEventKinds, reportStatuses } from '../../reports/vocabulary'

type Props = { id?: number | string; payload: Payload; req?: PayloadRequest }

/**
 * On a report's page: its trail, oldest first — public entries marked as such, internal notes not.
 * The page itself is read with the reader's access; the trail follows the report even when it came
 * from another office (its older entries carry that office).
 */
export async function ReportHistory({ id, payload, req }: Props) {
  if (!id || !req?.user) return null
  const readable = await payload.findByID({ collection: 'reports', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true })
  if (!readable) return null
  const { docs } = await payload.find({ collection: 'report-events', where: { report: { equals: id } }, sort: 'createdAt', depth: 1, pagination: false, overrideAccess: true, populate: { reports: { code: true }, offices: { title: true } } })
  return (
    <section aria-labelledby="report-history-title" data-testid="report-history" style={{ margin: '2rem 0' }}>
      <h2 id="report-history-title" style={{ fontSize: '1.25rem', marginBottom: '0.75rem' }}>Storico</h2>
      {docs.length === 0 ? <p>Nessun evento registrato.</p> : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {docs.map((event) => (
            <li key={event.id} style={{ borderLeft: '3px solid #9a9a9a', padding: '0.25rem 0 0.25rem 0.75rem', marginBottom: '0.75rem' }}>
              <p style={{ margin: 0 }}>
                <time dateTime={event.createdAt}>{dateTimeToItalian(event.createdAt)}</time> · <strong>{labelOf(reportEventKinds, event.kind)}</strong>
                {event.status ? ` · ${labelOf(reportStatuses, event.status)}` : ''} · {event.actorLabel} · {event.public ? 'pubblico' : 'interno'}
              </p>
              {event.text && <p style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-line' }}>{event.text}</p>}
              {event.otherOffice && typeof event.otherOffice === 'object' && <p style={{ margin: '0.25rem 0 0' }}>Dall’ufficio: {event.otherOffice.title}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
