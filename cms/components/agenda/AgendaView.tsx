import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { dayAgenda, staffCalendars, weekCounts, type AgendaCalendar } from '../../agenda/agenda'
import { addDays, dayToItalian, dayToShortItalian, mondayOf, romeDayOf, toDay } from '../../agenda/days'
import { hasRole } from '../../access/roles'
import { AgendaRowActions, BookForCitizen, PrintButton } from './AgendaClient'
import { agendaPath } from './paths'

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** The agenda's own print sheet: the day's list only, on white, no navigation, no controls. */
const printStyles = `
@media print {
  .nav, .app-header, .step-nav, [class*="nav-toggler"], .agenda-no-print, .agenda-controls, .agenda-book-section, .agenda-week, .payload-toast-container { display: none !important; }
  .template-default { display: block !important; }
  .template-default__wrap, .gutter--left, .gutter--right { padding: 0 !important; margin: 0 !important; }
  body, .agenda { background: #fff !important; color: #000 !important; font-size: 11pt; }
  .agenda table { width: 100%; border-collapse: collapse; }
  .agenda th, .agenda td { border: 1px solid #000 !important; padding: 2pt 4pt !important; }
  .agenda tr { break-inside: avoid; }
}
.agenda table { width: 100%; border-collapse: collapse; margin-bottom: 1.5rem; }
.agenda th, .agenda td { text-align: left; vertical-align: top; padding: 0.5rem; border-bottom: 1px solid var(--theme-elevation-150); }
.agenda tr[data-status="annullata"] td { color: var(--theme-elevation-600); }
.agenda input, .agenda select, .agenda textarea { box-sizing: border-box; width: 100%; max-width: 100%; min-height: 2.25rem; padding: 0.35rem 0.5rem; font: inherit; color: var(--theme-elevation-800); background: var(--theme-input-bg, var(--theme-elevation-0)); border: 1px solid var(--theme-elevation-400); border-radius: var(--style-radius-s, 3px); }
.agenda textarea { min-height: 4.5rem; }
.agenda input:focus-visible, .agenda select:focus-visible, .agenda textarea:focus-visible, .agenda summary:focus-visible { outline: 2px solid var(--theme-success-500, #2f6fdf); outline-offset: 1px; }
.agenda label { font-weight: 600; }
.agenda-controls p { min-width: 14rem; }
.agenda details { margin: 0.25rem 0; }
.agenda td details fieldset p { margin: 0.5rem 0; }
.agenda .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`

const calendarLabel = (c: AgendaCalendar) => `${c.office.title} – ${c.name}`

/**
 * /admin/agenda: the day's appointments of the operator's offices, per calendar (desk), by time —
 * with the day to choose, print, the named actions on each booking, booking on behalf of a citizen,
 * and the week's counts (bookings, no-shows, free places). Reads with the operator's access only.
 */
export async function AgendaView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = req.user
  if (!user) redirect(`${req.payload.config.routes.admin}/login?redirect=${encodeURIComponent(`/admin${agendaPath}`)}`)
  const template = (children: React.ReactNode) => (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter><div className="agenda">{children}</div></Gutter>
    </DefaultTemplate>
  )
  if (!(hasRole(user, 'operator') || hasRole(user, 'admin'))) {
    return template(<><h1>Agenda del giorno</h1><p>L’agenda degli appuntamenti è riservata agli operatori degli uffici e agli amministratori.</p></>)
  }

  const today = romeDayOf(new Date())
  const day = toDay(one(searchParams?.giorno)) ?? today
  const week = mondayOf(toDay(one(searchParams?.settimana)) ?? day)
  const calendars = await staffCalendars(req.payload, user)
  const wanted = one(searchParams?.calendario)
  const calendar = calendars.find((c) => String(c.id) === wanted) ?? null
  const [rows, counts] = await Promise.all([dayAgenda(req.payload, user, day, calendar?.id ?? null), weekCounts(req.payload, user, week)])
  const link = (query: { giorno?: string; settimana?: string }) => {
    const search = new URLSearchParams()
    if (calendar) search.set('calendario', String(calendar.id))
    search.set('giorno', query.giorno ?? day)
    if (query.settimana) search.set('settimana', query.settimana)
    return `/admin${agendaPath}?${search.toString()}`
  }
  const shown = rows.filter((r) => r.status !== 'annullata').length
  const title = `${dayToItalian(day)}${calendar ? ` · ${calendarLabel(calendar)}` : ''}`

  return template(
    <>
      <style>{printStyles}</style>
      <h1 style={{ marginTop: '1.5rem' }}>Agenda del giorno</h1>
      {calendars.length === 0 && <p role="status">Nessun calendario degli appuntamenti nei tuoi uffici.</p>}

      <form method="get" action={`/admin${agendaPath}`} className="agenda-controls" style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap', marginBottom: '0.75rem' }}>
        <p style={{ margin: 0 }}>
          <label htmlFor="agenda-calendar">Calendario</label><br />
          <select id="agenda-calendar" name="calendario" defaultValue={calendar ? String(calendar.id) : ''}>
            <option value="">Tutti i calendari</option>
            {calendars.map((c) => <option key={c.id} value={String(c.id)}>{calendarLabel(c)}</option>)}
          </select>
        </p>
        <p style={{ margin: 0 }}>
          <label htmlFor="agenda-day">Giorno</label><br />
          <input id="agenda-day" type="date" name="giorno" defaultValue={day} />
        </p>
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>Mostra</button>
      </form>
      <nav aria-label="Giorni" className="agenda-no-print" style={{ display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap', marginBottom: '1rem' }}>
        <a href={link({ giorno: addDays(day, -1) })} rel="prev">← Giorno precedente</a>
        {day !== today && <a href={link({ giorno: today })}>Oggi</a>}
        <a href={link({ giorno: addDays(day, 1) })} rel="next">Giorno successivo →</a>
        <PrintButton />
      </nav>

      <table data-testid="agenda-day">
        <caption style={{ textAlign: 'left', fontSize: '1.25rem', fontWeight: 600, marginBottom: '0.5rem' }}>
          {title} — {shown === 0 ? 'nessun appuntamento' : shown === 1 ? '1 appuntamento' : `${shown} appuntamenti`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Ora</th>
            <th scope="col">Codice</th>
            <th scope="col">Richiedente</th>
            <th scope="col">Codice fiscale</th>
            <th scope="col">Servizio o motivo</th>
            {!calendar && <th scope="col">Calendario</th>}
            <th scope="col">Canale</th>
            <th scope="col">Stato</th>
            <th scope="col" className="agenda-no-print">Azioni</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && <tr><td colSpan={calendar ? 8 : 9}>Nessun appuntamento in questo giorno.</td></tr>}
          {rows.map((r) => (
            <tr key={r.id} data-booking={r.code} data-status={r.status}>
              <td><time dateTime={r.startsAt}>{r.time}</time></td>
              <td><a href={`/admin/collections/bookings/${r.id}`}>{r.code}</a></td>
              <td>{r.applicantName}{r.phone && <><br /><small>{r.phone}</small></>}</td>
              <td>{r.fiscalCode ?? '—'}</td>
              <td>{r.what || '—'}</td>
              {!calendar && <td>{r.calendar.name}</td>}
              <td>{r.channelLabel}</td>
              <td data-cell="status">{r.statusLabel}</td>
              <td className="agenda-no-print"><AgendaRowActions id={r.id} code={r.code} status={r.status} calendarId={r.calendar.id} day={day} canMark={day <= today} /></td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="agenda-book-title" className="agenda-book-section" style={{ marginBottom: '2rem' }}>
        <h2 id="agenda-book-title">Prenota per un cittadino</h2>
        <p style={{ marginTop: 0 }}>Per chi si presenta allo sportello o telefona. La prenotazione è confermata subito; se il cittadino lascia l’email riceve la conferma.</p>
        <BookForCitizen
          calendars={calendars.map((c) => ({ id: c.id, label: calendarLabel(c), services: c.services }))}
          calendarId={calendar?.id ?? null}
          day={day < today ? today : day}
        />
      </section>

      <section aria-labelledby="agenda-week-title" className="agenda-week" data-testid="agenda-week">
        <h2 id="agenda-week-title">La settimana dal {dayToShortItalian(week)} al {dayToShortItalian(addDays(week, 6))}</h2>
        <nav aria-label="Settimane" style={{ display: 'flex', gap: '1rem', marginBottom: '0.5rem' }}>
          <a href={link({ settimana: addDays(week, -7) })}>← Settimana precedente</a>
          <a href={link({ settimana: addDays(week, 7) })}>Settimana successiva →</a>
        </nav>
        <table>
          <caption className="sr-only">Prenotazioni, assenze e posti liberi della settimana, per calendario</caption>
          <thead>
            <tr>
              <th scope="col">Calendario</th>
              <th scope="col">Prenotazioni</th>
              <th scope="col">Non presentati</th>
              <th scope="col">Annullate</th>
              <th scope="col">Posti ancora liberi</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.calendar.id} data-week-calendar={c.calendar.id}>
                <th scope="row">{c.calendar.office} – {c.calendar.name}</th>
                <td data-cell="bookings">{c.bookings}</td>
                <td data-cell="no-shows">{c.noShows}</td>
                <td data-cell="cancelled">{c.cancelled}</td>
                <td data-cell="free">{c.freePlaces}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p><small>I posti liberi contano gli orari ancora prenotabili (futuri, entro il periodo di prenotazione del calendario).</small></p>
      </section>
    </>,
  )
}
