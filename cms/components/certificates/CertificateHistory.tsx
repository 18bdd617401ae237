import type { Payload, PayloadRequest } from 'payload'

import { certificateEventKinds } from '../../certificates/vocabulary'
import { dateTimeToItalian } from '../../format/italian'

type Props = { id?: number | string; payload: Payload; req?: PayloadRequest }

const kindLabel = (kind: string) => certificateEventKinds.find((k) => k.value === kind)?.label ?? kind

/**
 * On a certificate's page: its trail ("Storico dei certificati") to read — when, who, what and why,
 * oldest first. Read only, with the reader's access: entries are never edited.
 */
export async function CertificateHistory({ id, payload, req }: Props) {
  if (!id || !req?.user) return null
  const { docs } = await payload.find({
    collection: 'certificate-events', where: { certificate: { equals: id } }, sort: 'createdAt', depth: 0, pagination: false, overrideAccess: false, user: req.user,
  })
  return (
    <section aria-labelledby="certificate-history-title" data-testid="certificate-history" style={{ margin: '2rem 0' }}>
      <h2 id="certificate-history-title" style={{ fontSize: '1.25rem', marginBottom: '0.75rem' }}>Storico</h2>
      {docs.length === 0 ? <p>Nessun evento registrato.</p> : (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {docs.map((event) => (
            <li key={event.id} style={{ borderLeft: '3px solid #9a9a9a', padding: '0.25rem 0 0.25rem 0.75rem', marginBottom: '0.75rem' }}>
              <p style={{ margin: 0 }}>
                <time dateTime={event.createdAt}>{dateTimeToItalian(event.createdAt)}</time> · <strong>{kindLabel(event.kind)}</strong> · {event.actorLabel}
              </p>
              {event.reason && <p style={{ margin: '0.25rem 0 0', whiteSpace: 'pre-line' }}>Motivo: {event.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
