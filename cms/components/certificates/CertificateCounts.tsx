import type { Payload, TypedUser } from 'payload'

import { countCertificates, monthToItalian } from '../../certificateOffice/counts'

type Props = { payload: Payload; user?: TypedUser }

/**
 * Above the list of certificates: how many were issued and revoked per type and month, the last 12
 * months (the same figures as GET /api/certificates/conteggi), for the offices the reader works for.
 * Only the types with at least one certificate in the period get their columns.
 */
export async function CertificateCounts({ payload, user }: Props) {
  if (!user) return null
  const { months, types, totals } = await countCertificates(payload, user)
  const shown = types.filter((t) => t.issued.some(Boolean) || t.revoked.some(Boolean))
  const rows = months.map((month, i) => ({ month, i })).reverse()
  const cell = { textAlign: 'right' as const, padding: '0.2rem 0.5rem' }
  return (
    <section aria-labelledby="certificate-counts-title" data-testid="certificate-counts" style={{ margin: '0 0 1.5rem', overflowX: 'auto' }}>
      <h2 id="certificate-counts-title" style={{ fontSize: '1.1rem' }}>Certificati emessi e revocati per tipo e mese (ultimi 12 mesi)</h2>
      <table style={{ fontSize: '0.9rem', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <td rowSpan={2} />
            <th scope="colgroup" colSpan={2}>Totale</th>
            {shown.map((t) => <th key={t.type} scope="colgroup" colSpan={2}>{t.label.replace(/^Certificato (di )?/, '')}</th>)}
          </tr>
          <tr>
            {[{ type: 'totale' }, ...shown].map((t) => [
              <th key={`${t.type}-e`} scope="col" style={cell}>Emessi</th>,
              <th key={`${t.type}-r`} scope="col" style={cell}>Revocati</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ month, i }) => (
            <tr key={month} data-month={month}>
              <th scope="row" style={{ textAlign: 'left', padding: '0.2rem 0.5rem' }}>{monthToItalian(month)}</th>
              <td style={cell} data-testid={`issued-${month}`}>{totals.issued[i]}</td>
              <td style={cell} data-testid={`revoked-${month}`}>{totals.revoked[i]}</td>
              {shown.map((t) => [
                <td key={`${t.type}-e`} style={cell}>{t.issued[i]}</td>,
                <td key={`${t.type}-r`} style={cell}>{t.revoked[i]}</td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
