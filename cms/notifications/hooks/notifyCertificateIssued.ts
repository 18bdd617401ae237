import type { CollectionAfterChangeHook } from 'payload'

import { typeLabelOf } from '../../certificates/vocabulary'
import type { CertificateEvent } from '../../payload-types'
import { relationId } from '../../relationId'
import { dispatchNotification } from '../dispatch'
import { citizenByFiscalCode } from './notifyPaymentChange'

/**
 * A certificate's 'emesso' trail entry tells its requester: the certificate is issued and waits in
 * the desk. The trail entry, not the certificate, because issuing is one conditional update that
 * runs no hooks (api/data/certificates.ts markIssued) and the entry follows it exactly once.
 */
export const notifyCertificateIssued: CollectionAfterChangeHook<CertificateEvent> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.kind !== 'emesso') return doc
  const certificate = await req.payload.findByID({ collection: 'certificates', id: relationId(doc.certificate), depth: 0, overrideAccess: true, disableErrors: true, req })
  const citizen = certificate?.code ? await citizenByFiscalCode(req, certificate.requesterFiscalCode) : null
  if (certificate?.code && citizen) {
    await dispatchNotification(req.payload, { notification: { kind: 'certificate-issued', data: { code: certificate.code, typeLabel: typeLabelOf(certificate.type) } }, to: { citizen } }, req)
  }
  return doc
}
