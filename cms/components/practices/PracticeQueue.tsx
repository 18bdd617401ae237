import type { Payload, TypedUser } from 'payload'

import { userToOfficeIds } from '../../access/officeScoped'
import { hasRole } from '../../access/roles'
import { practiceQueue, whereToListUrl, type QueueLine } from '../../practices/queue'

type Props = { payload: Payload; user?: TypedUser }

const byStatus = ['presentata', 'in-lavorazione', 'in-attesa-cittadino', 'concluse']
const toWatch = ['assegnate-a-me', 'in-scadenza', 'scadute']

/** Whose queue it is: the operator's offices by name, or every office for an administrator. */
async function officesToItalian(payload: Payload, user: TypedUser): Promise<string> {
  if (hasRole(user, 'admin')) return 'Tutti gli uffici'
  const ids = userToOfficeIds(user)
  if (ids.length === 0) return ''
  const { docs } = await payload.find({ collection: 'offices', where: { id: { in: ids } }, depth: 0, pagination: false, select: { title: true } })
  return docs.map((o) => o.title).join(', ')
}

/** Overdue applications stand out while there are any. */
const alarming = (line: QueueLine) => line.key === 'scadute' && line.count > 0

function QueueList({ lines, keys, label }: { lines: QueueLine[]; keys: string[]; label: string }) {
  return (
    <ul aria-label={label} style={{ listStyle: 'none', padding: 0, margin: '0 0 1.5rem', display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(13rem, 1fr))', gap: '0.75rem' }}>
      {keys.map((key) => lines.find((l) => l.key === key)!).map((line) => (
        <li key={line.key} data-queue={line.key} style={{ margin: 0, border: `1px solid ${alarming(line) ? 'var(--theme-error-500)' : 'var(--theme-elevation-150)'}`, borderRadius: 'var(--style-radius-m, 4px)', background: 'var(--theme-elevation-50)' }}>
          <a href={whereToListUrl(line.where)} style={{ display: 'block', padding: '0.75rem 1rem', textDecoration: 'none', color: 'inherit' }}>
            <strong style={{ display: 'block', fontSize: '2rem', lineHeight: 1.2 }}>{line.count}</strong>
            <span style={{ textDecoration: 'underline' }}>{line.label}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}

/**
 * The office's home, above the dashboard: the applications by status, those assigned to the clerk,
 * near their due date and overdue, each count a link to the list filtered the same way. Only
 * operators and administrators have a queue; editors see their content below.
 */
export async function PracticeQueue({ payload, user }: Props) {
  if (!user || !(hasRole(user, 'operator') || hasRole(user, 'admin'))) return null
  const offices = await officesToItalian(payload, user)
  if (!offices) {
    return <p role="status">Non fai ancora parte di nessun ufficio: chiedi a un amministratore di assegnartene uno per vedere le sue pratiche.</p>
  }
  const lines = await practiceQueue(payload, user)
  return (
    <section aria-labelledby="practice-queue-title" style={{ marginBottom: '2rem' }}>
      <h2 id="practice-queue-title">Le pratiche del tuo ufficio</h2>
      <p style={{ marginTop: 0 }}>{offices}</p>
      <h3 style={{ fontSize: '1.1rem' }}>Per stato</h3>
      <QueueList lines={lines} keys={byStatus} label="Pratiche per stato" />
      <h3 style={{ fontSize: '1.1rem' }}>Da tenere d’occhio</h3>
      <QueueList lines={lines} keys={toWatch} label="Pratiche da tenere d’occhio" />
      <p><a href="/admin/collections/practices">Tutte le pratiche</a></p>
    </section>
  )
}
