import type { Payload, TypedUser, Where } from 'payload'

import { centsToEuro, positionStatuses } from '../payments/creditor'

type Props = { payload: Payload; user?: TypedUser; searchParams?: Record<string, unknown> }

/** Bracket notation for a nested query object (the admin's own list URLs use it). */
const toQuery = (value: unknown, prefix: string): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => toQuery(v, `${prefix}[${k}]`))
    : [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]

/**
 * Above the list of payment positions: count and amount per status for the rows the list shows
 * (its filters apply), and the CSV export of the same rows. Operators see their offices only.
 */
export async function PaymentTotals({ payload, user, searchParams }: Props) {
  if (!user) return null
  const where = (searchParams?.where ?? {}) as Where
  const { docs } = await payload.find({ collection: 'payment-positions', where, overrideAccess: false, user, pagination: false, depth: 0, select: { status: true, amountCents: true } })
  const rows = positionStatuses.map((s) => {
    const matching = docs.filter((d) => d.status === s.value)
    return { ...s, count: matching.length, cents: matching.reduce((sum, d) => sum + d.amountCents, 0) }
  })
  const query = toQuery(where, 'where').join('&')
  return (
    <section aria-labelledby="payment-totals-title" style={{ margin: '0 0 1.5rem' }}>
      <h2 id="payment-totals-title" style={{ fontSize: '1.1rem' }}>Totali delle posizioni in elenco</h2>
      <table className="table" style={{ maxWidth: '32rem' }}>
        <thead><tr><th scope="col">Stato</th><th scope="col">Posizioni</th><th scope="col">Importo</th></tr></thead>
        <tbody>
          {rows.map((r) => <tr key={r.value}><th scope="row">{r.label}</th><td>{r.count}</td><td>{centsToEuro(r.cents)}</td></tr>)}
        </tbody>
      </table>
      <p><a href={`/api/payment-positions/esporta.csv${query ? `?${query}` : ''}`}>Esporta in CSV le posizioni in elenco</a></p>
    </section>
  )
}

/** Above the list of receipts: how many payments still have no position to settle, with a link to them. */
export async function ReceiptsToReconcile({ payload, user }: Props) {
  if (!user) return null
  const { totalDocs } = await payload.count({ collection: 'payment-receipts', where: { reconciliation: { equals: 'da-riconciliare' } }, overrideAccess: false, user })
  return (
    <p role="status" style={{ margin: '0 0 1.5rem' }}>
      {totalDocs === 0 ? 'Nessun pagamento da riconciliare.' : <><strong>{totalDocs} pagamenti da riconciliare</strong>{' — '}<a href="/admin/collections/payment-receipts?where[reconciliation][equals]=da-riconciliare">mostra solo questi</a></>}
    </p>
  )
}
