import type { Payload, PayloadRequest } from 'payload'

import { badgeStyle, deadlineLines, dueBadge } from './deadlineWords'
import { practiceOnPage } from './practiceOnPage'

type Props = { id?: number | string; payload: Payload; req?: PayloadRequest }

/**
 * In an application's sidebar: its legal term in words — the term and due date, the suspension
 * while the office waits for the citizen, how late or how close it is — read fresh from the
 * database each time the page renders (after an action too).
 */
export async function PracticeDeadline({ id, payload, req }: Props) {
  if (!id || !req?.user) return null
  const practice = (await practiceOnPage(payload, req.user, String(id)))?.practice
  if (!practice || practice.status === 'bozza') return null
  const { lines, status } = deadlineLines(practice)
  return (
    <section aria-labelledby="practice-deadline-title" data-testid="practice-deadline" style={{ marginBottom: '1.5rem' }}>
      <h3 id="practice-deadline-title" style={{ marginBottom: '0.5rem' }}>
        Termine del procedimento {status && status !== 'nei-termini' && <span style={badgeStyle(status)}>{dueBadge[status]}</span>}
      </h3>
      {lines.map((line) => <p key={line} style={{ margin: '0 0 0.35rem' }}>{line}</p>)}
    </section>
  )
}
