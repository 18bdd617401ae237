import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '../../access/roles'
import { dateToItalian } from '../../format/italian'
import { reportQueue, type QueueFilter } from '../../reports/office/queue'
import { labelOf, moderationStates, reportStatuses } from '../../reports/vocabulary'
import { QueueFilters } from './QueueFilters'
import { reportQueuePath } from './paths'
import { ReportStatsPanel } from './ReportStatsPanel'
import { reportOfficeStyles } from './styles'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * /admin/coda-segnalazioni: the triage queue of the reader's offices (admins: all) — new and
 * unassigned first, then overdue ones, marked in words — with filters that work without JavaScript,
 * and below it the counts and median time to solve per category and month.
 */
export async function ReportQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  if (!user) redirect(`${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(`/admin${reportQueuePath}`)}`)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter><style>{reportOfficeStyles}</style><div className="report-office">{children}</div></Gutter>
    </DefaultTemplate>
  )
  if (!(hasRole(user, 'operator') || hasRole(user, 'admin'))) return template(<><h1>Coda delle segnalazioni</h1><p>La coda è riservata agli operatori degli uffici e agli amministratori.</p></>)

  const filter: QueueFilter = {
    status: one(searchParams?.stato), category: one(searchParams?.categoria), office: one(searchParams?.ufficio), assignee: one(searchParams?.assegnata),
    overdue: one(searchParams?.scadute) === '1', moderation: one(searchParams?.moderazione) === '1',
  }
  const [{ rows, total }, categories, users] = await Promise.all([
    reportQueue(req.payload, user, filter),
    req.payload.find({ collection: 'report-categories', sort: 'order', depth: 0, pagination: false, overrideAccess: false, user }),
    req.payload.find({ collection: 'users', depth: 0, pagination: false, overrideAccess: true, select: { name: true, email: true } }),
  ])
  const categoryName = (id: number) => categories.docs.find((c) => c.id === id)?.name ?? ''
  const userName = (id: number | null) => (id == null ? 'Nessuno' : users.docs.find((u) => u.id === id)?.name || 'Operatore')

  return template(
    <>
      <h1 style={{ marginTop: '1.5rem' }}>Coda delle segnalazioni</h1>
      <p>Prima le nuove non assegnate, poi quelle scadute (oltre il tempo obiettivo della categoria), poi le altre, dalla più vecchia.</p>
      <QueueFilters filter={filter} categories={categories.docs} payload={req.payload} user={user} />
      <table data-testid="report-queue">
        <caption style={{ textAlign: 'left', fontSize: '1.1rem', fontWeight: 600, marginBottom: '0.5rem' }}>
          {total === 1 ? '1 segnalazione' : `${total} segnalazioni`}{total > rows.length ? ` (mostrate le prime ${rows.length})` : ''}
        </caption>
        <thead>
          <tr>{['Codice', 'Oggetto', 'Categoria', 'Luogo', 'Stato', 'Testo', 'Assegnata a', 'Ricevuta il', 'Da risolvere entro'].map((h) => <th key={h} scope="col">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.length === 0 && <tr><td colSpan={9}>Nessuna segnalazione con questi filtri.</td></tr>}
          {rows.map((r) => (
            <tr key={r.id} data-report={r.code}>
              <td><a href={`/admin/collections/reports/${r.id}`}>{r.code}</a></td>
              <td>{r.title}</td>
              <td>{categoryName(r.categoryId)}</td>
              <td>{[r.address, r.area].filter(Boolean).join(', ') || '—'}</td>
              <td>{labelOf(reportStatuses, r.status)}</td>
              <td>{labelOf(moderationStates, r.moderation)}</td>
              <td>{userName(r.assigneeId)}</td>
              <td>{dateToItalian(r.createdAt)}</td>
              <td>{r.targetDate ? <span className={r.overdue ? 'overdue' : undefined}>{dateToItalian(r.targetDate)}{r.overdue ? ' — Scaduta' : ''}</span> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReportStatsPanel payload={req.payload} user={user} month={one(searchParams?.mese)} />
    </>,
  )
}
