import type { Payload, TypedUser, Where } from 'payload'

import { userToOfficeIds } from '../access/officeScoped'
import { hasRole } from '../access/roles'
import { csvColumns } from '../payments/importPositionsCsv'

type Props = { payload: Payload; user?: TypedUser; searchParams?: Record<string, unknown> }

const rowsFrom = (value: unknown): { line: number; message: string }[] => {
  try {
    return typeof value === 'string' ? (JSON.parse(value) as { line: number; message: string }[]) : []
  } catch {
    return []
  }
}

/** Above the list of payment positions: import a CSV file for one office, and the outcome of the last import. */
export async function CsvImportForm({ payload, user, searchParams }: Props) {
  if (!user || !(hasRole(user, 'admin') || hasRole(user, 'operator'))) return null
  const where: Where = hasRole(user, 'admin') ? {} : { id: { in: userToOfficeIds(user) } }
  const { docs: offices } = await payload.find({ collection: 'offices', where, pagination: false, depth: 0, sort: 'title', select: { title: true } })
  const outcome = searchParams?.importazione
  const rows = rowsFrom(searchParams?.righe)
  return (
    <section aria-labelledby="csv-import-title" style={{ margin: '0 0 1.5rem' }}>
      <h2 id="csv-import-title" style={{ fontSize: '1.1rem' }}>Importa posizioni da un file CSV</h2>
      {outcome === 'ok' && <p role="status"><strong>{String(searchParams?.importate)} posizioni importate.</strong></p>}
      {outcome === 'errore' && (
        <div role="alert">
          <p><strong>{String(searchParams?.messaggio ?? 'Importazione non riuscita.')}</strong></p>
          {rows.length > 0 && <ul>{rows.map((r) => <li key={r.line}>Riga {r.line}: {r.message}</li>)}</ul>}
        </div>
      )}
      <p>Colonne, nella prima riga: <code>{csvColumns.join(';')}</code>. Importo come 12,50; scadenza come 31/12/2026. Se una riga non è valida non viene importato nulla.</p>
      <form method="post" action="/api/payment-positions/importa" encType="multipart/form-data" style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'end' }}>
        <p style={{ margin: 0 }}>
          <label htmlFor="csv-import-office" style={{ display: 'block' }}>Ufficio</label>
          <select id="csv-import-office" name="ufficio" required>
            {offices.map((o) => <option key={o.id} value={o.id}>{o.title}</option>)}
          </select>
        </p>
        <p style={{ margin: 0 }}>
          <label htmlFor="csv-import-file" style={{ display: 'block' }}>File CSV</label>
          <input id="csv-import-file" name="file" type="file" accept=".csv,text/csv" required />
        </p>
        <button type="submit" className="btn btn--style-secondary btn--size-small">Importa</button>
      </form>
    </section>
  )
}
