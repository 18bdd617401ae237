import type { Payload, TypedUser } from 'payload'

import { userToOfficeIds } from '../../access/officeScoped'
import { hasRole } from '../../access/roles'
import type { ReportCategory } from '../../payload-types'
import type { QueueFilter } from '../../reports/office/queue'
import { reportStatuses } from '../../reports/vocabulary'
import { reportQueuePath } from './paths'

type Props = { filter: QueueFilter; categories: ReportCategory[]; payload: Payload; user: TypedUser }

/** The queue's filters as a plain GET form: they work without JavaScript and the URL can be kept. */
export async function QueueFilters({ filter, categories, payload, user }: Props) {
  const admin = hasRole(user, 'admin')
  const { docs: offices } = await payload.find({
    collection: 'offices', depth: 0, pagination: false, sort: 'title', overrideAccess: true, select: { title: true },
    where: admin ? {} : { id: { in: userToOfficeIds(user) } },
  })
  return (
    <form method="get" action={`/admin${reportQueuePath}`} className="filters" aria-label="Filtri della coda">
      <p>
        <label htmlFor="rq-status">Stato</label><br />
        <select id="rq-status" name="stato" defaultValue={filter.status ?? ''}>
          <option value="">Aperte (ricevute e in lavorazione)</option>
          {reportStatuses.filter((s) => s.value !== 'da-confermare').map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
        </select>
      </p>
      <p>
        <label htmlFor="rq-category">Categoria</label><br />
        <select id="rq-category" name="categoria" defaultValue={filter.category ?? ''}>
          <option value="">Tutte</option>
          {categories.map((c) => <option key={c.id} value={String(c.id)}>{c.name}</option>)}
        </select>
      </p>
      {offices.length > 1 && (
        <p>
          <label htmlFor="rq-office">Ufficio</label><br />
          <select id="rq-office" name="ufficio" defaultValue={filter.office ?? ''}>
            <option value="">Tutti i miei uffici</option>
            {offices.map((o) => <option key={o.id} value={String(o.id)}>{o.title}</option>)}
          </select>
        </p>
      )}
      <p>
        <label htmlFor="rq-assignee">Assegnate</label><br />
        <select id="rq-assignee" name="assegnata" defaultValue={filter.assignee ?? ''}>
          <option value="">A chiunque o a nessuno</option>
          <option value="me">A me</option>
          <option value="nessuno">A nessuno</option>
        </select>
      </p>
      <p><input type="checkbox" id="rq-overdue" name="scadute" value="1" defaultChecked={filter.overdue} /><label htmlFor="rq-overdue">Solo scadute</label></p>
      <p><input type="checkbox" id="rq-moderation" name="moderazione" value="1" defaultChecked={filter.moderation} /><label htmlFor="rq-moderation">Solo da moderare</label></p>
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>Filtra</button>
    </form>
  )
}
