import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { typeLabelOf } from '../certificates/vocabulary'
import { inTransaction } from '../concurrency/inTransaction'
import { ActionRefusedError } from '../endpoints/namedAction'
import { dispatchNotification } from '../notifications/dispatch'
import type { Certificate, User } from '../payload-types'
import { relationId } from '../relationId'

/** A named action on a certificate refused, with the Italian message staff read and the HTTP status. */
export class CertificateActionError extends ActionRefusedError {
  override name = 'CertificateActionError'
}

/** The staff member acting on certificates, or a 401/403 in Italian: only operators and admins. */
function actingStaff(req: PayloadRequest): User {
  const user = req.user
  if (!user || user.collection !== 'users') throw new CertificateActionError('Accesso riservato al personale: accedi al pannello.', 401)
  if (!hasRole(user, 'admin') && !hasRole(user, 'operator')) throw new CertificateActionError('Solo gli operatori dell’ufficio che rilascia il certificato e gli amministratori possono revocarlo.', 403)
  return user as User
}

/** The revocation's reason, as the trail, the verification page and the citizen read it. */
function reasonOf(value: unknown): string {
  const reason = typeof value === 'string' ? value.trim() : ''
  if (reason.length < 5) throw new CertificateActionError('Scrivi il motivo della revoca (almeno 5 caratteri): lo leggono il cittadino e chi verifica il certificato.')
  if (reason.length > 1000) throw new CertificateActionError('Il motivo della revoca può essere lungo al massimo 1000 caratteri.')
  return reason
}

/**
 * "Revoca": an issued certificate is revoked by staff of its office (or an admin) with a reason. In
 * one transaction: the certificate (status, when, by whom, why — only if still 'emesso', so two
 * clerks never both revoke it), its trail entry, the citizen's desk message and the deliveries the
 * queue makes after the commit (email, push, IO), so a mail server that is down never undoes the revocation.
 */
export async function revokeCertificate(req: PayloadRequest, id: string, body: Record<string, unknown>, now = new Date()): Promise<Certificate> {
  const user = actingStaff(req)
  const reason = reasonOf(body.reason)
  // An operator of another office cannot even learn that the certificate exists.
  const found = /^\d+$/.test(id) ? await req.payload.findByID({ collection: 'certificates', id: Number(id), depth: 0, overrideAccess: false, user, disableErrors: true, req }) : null
  if (!found) throw new CertificateActionError('Certificato non trovato.', 404)
  if (found.status !== 'emesso') {
    const why = found.status === 'revocato' ? 'è già stato revocato' : found.status === 'da-pagare' ? 'non è ancora stato emesso (si attende il pagamento)' : 'è stato annullato'
    throw new CertificateActionError(`Si revocano solo i certificati emessi: questo ${why}.`, 409)
  }
  return inTransaction(req, async () => {
    const { docs } = await req.payload.update({
      collection: 'certificates', where: { and: [{ id: { equals: found.id } }, { status: { equals: 'emesso' } }] },
      data: { status: 'revocato', revokedAt: now.toISOString(), revokedBy: user.id, revokeReason: reason }, depth: 0, overrideAccess: true, req,
    })
    if (!docs[0]) throw new CertificateActionError('Un altro operatore ha appena cambiato questo certificato: ricarica la pagina.', 409)
    const revoked = docs[0]
    await req.payload.create({
      collection: 'certificate-events',
      data: { certificate: revoked.id, office: relationId(revoked.office)!, kind: 'revocato', actor: user.id, actorLabel: user.name || user.email, reason },
      depth: 0, overrideAccess: true, req,
    })
    const citizen = await citizenOf(req, revoked.requesterFiscalCode)
    if (citizen) await dispatchNotification(req.payload, { notification: notificationOf(revoked, reason), to: { citizen } }, req)
    return revoked
  })
}

const notificationOf = (certificate: Certificate, reason: string) =>
  ({ kind: 'certificate-revoked', data: { code: certificate.code ?? String(certificate.id), typeLabel: typeLabelOf(certificate.type), reason } }) as const

async function citizenOf(req: PayloadRequest, fiscalCode: string) {
  const { docs } = await req.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: fiscalCode } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, req })
  return docs[0] ?? null
}
