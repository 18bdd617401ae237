import type { Payload, TypedUser } from 'payload'

import { monthToItalian } from '../../certificateOffice/counts'
import { reportStats } from '../../reports/office/stats'
import { reportQueuePath } from './paths'

type Props = { payload: Payload; user: TypedUser; month?: string }

const days = (value: number | null) => (value == null ? '—' : value.toLocaleString('it-IT'))

/**
 * Below the queue: per category, for one month of the last 12 (this one unless chosen), how many
 * reports came and were solved and the median days to solve them, with the target time and how
 * many open ones are overdue now; the CSV holds every month.
 */
export async function ReportStatsPanel({ payload, user, month }: Props) {
  const { months, categories, totals } = await reportStats(payload, user)
  const i = month && months.includes(month) ? months.indexOf(month) : months.length - 1
  return (
    <section aria-labelledby="report-stats-title" data-testid="report-stats">
      <h2 id="report-stats-title">Segnalazioni per categoria: {monthToItalian(months[i])}</h2>
      <form method="get" action={`/admin${reportQueuePath}`} className="filters">
        <p>
          <label htmlFor="rs-month">Mese</label><br />
          <select id="rs-month" name="mese" defaultValue={months[i]}>
            {[...months].reverse().map((m) => <option key={m} value={m}>{monthToItalian(m)}</option>)}
          </select>
        </p>
        <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>Mostra</button>
        <a href="/api/reports/statistiche.csv" download>Scarica tutti i mesi in CSV</a>
      </form>
      <table>
        <thead>
          <tr>
            <th scope="col">Categoria</th>
            <th scope="col" className="num">Ricevute</th>
            <th scope="col" className="num">Risolte</th>
            <th scope="col" className="num">Giorni mediani per risolvere</th>
            <th scope="col" className="num">Tempo obiettivo (giorni)</th>
            <th scope="col" className="num">Aperte e scadute oggi</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td className="num">{c.received[i]}</td>
              <td className="num">{c.solved[i]}</td>
              <td className="num">{days(c.medianDays[i])}</td>
              <td className="num">{c.targetDays}</td>
              <td className="num">{c.overdue}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Tutte le categorie</th>
            <td className="num">{totals.received[i]}</td>
            <td className="num">{totals.solved[i]}</td>
            <td className="num">{days(totals.medianDays[i])}</td>
            <td className="num">—</td>
            <td className="num">{totals.overdue}</td>
          </tr>
        </tbody>
      </table>
      <p><small>I tempi obiettivo si cambiano nelle <a href="/admin/collections/report-categories">Categorie delle segnalazioni</a>.</small></p>
    </section>
  )
}
