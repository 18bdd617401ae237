import type { Endpoint } from 'payload'

import { certificateStatuses, certificateTypes, certificateUses } from '../certificates/vocabulary'
import { listCsvExport, type CsvColumns } from '../endpoints/listCsvExport'
import { namedActionEndpoint, refusal } from '../endpoints/namedAction'
import { centsToEuro } from '../format/italian'
import type { Certificate } from '../payload-types'
import { dateTimeToItalian } from '../format/italian'
import { bolloToText } from './bollo'
import { countCertificates } from './counts'
import { revokeCertificate } from './revoke'

const labelOf = (list: readonly { value: string; label: string }[], value: string | null | undefined) => list.find((o) => o.value === value)?.label ?? value ?? ''
const titleOf = (value: unknown): string => (value && typeof value === 'object' ? String((value as { title?: string }).title ?? '') : '')
const when = (value: string | null | undefined) => (value ? dateTimeToItalian(value) : '')

const columns: CsvColumns<Certificate> = [
  ['Codice', (c) => c.code],
  ['Tipo', (c) => labelOf(certificateTypes, c.type)],
  ['Stato', (c) => labelOf(certificateStatuses, c.status)],
  ['Intestatario', (c) => c.subjectName],
  ['Codice fiscale dell’intestatario', (c) => c.subjectFiscalCode],
  ['Richiedente', (c) => c.requesterName],
  ['Codice fiscale del richiedente', (c) => c.requesterFiscalCode],
  ['Uso', (c) => labelOf(certificateUses, c.use)],
  ['Marca da bollo o esenzione', bolloToText],
  ['Riferimento normativo dell’esenzione', (c) => c.exemptionReference],
  ['Diritti di segreteria', (c) => centsToEuro(c.dirittiCents)],
  ['Ufficio', (c) => titleOf(c.office)],
  ['Richiesto il', (c) => when(c.createdAt)],
  ['Emesso il', (c) => when(c.issuedAt)],
  ['Revocato il', (c) => when(c.revokedAt)],
  ['Motivo della revoca', (c) => c.revokeReason],
  ['Impronta SHA-256', (c) => c.sha256],
]

/** GET /api/certificates/esporta.csv: the certificates as the admin's list shows them, with the staff member's access. */
const exportCertificatesCsv = listCsvExport<Certificate>({
  collection: 'certificates',
  columns,
  defaultSort: '-issuedAt',
  populate: { offices: { title: true } },
  fileName: 'certificati',
  refusals: {
    anonymous: 'Accedi al back office per esportare i certificati.',
    forbidden: 'I certificati sono riservati agli operatori dell’ufficio che li rilascia e agli amministratori.',
  },
})

/** GET /api/certificates/conteggi: issued and revoked per type and month, the last 12 months. */
const certificateCountsEndpoint: Endpoint = {
  path: '/conteggi',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refusal(401, 'Accesso riservato al personale.')
    return Response.json(await countCertificates(req.payload, req.user), { headers: { 'cache-control': 'private, no-store' } })
  },
}

/** The back office's endpoints on certificates (/api/certificates/...): export, counts and the "Revoca" named action. */
export const certificateEndpoints: Endpoint[] = [
  exportCertificatesCsv,
  certificateCountsEndpoint,
  namedActionEndpoint('revoca', (req, id, body) => revokeCertificate(req, id, body)),
]
