import type { PaymentPosition } from '../../cms/payload-types'
import type { PaymentStore } from '../data/payments'
import { ApiError } from '../errors'

/** Who pays a service fee and for which application. */
export type ServiceFeeRequest = {
  serviceId: number
  debtor: { fiscalCode: string; name: string }
  /** The application (istanza/pratica) reference the fee belongs to. */
  applicationRef: string
  /** The application itself, when it is one of the portal's: staff never see the fee of a draft. */
  practiceId?: number
  /** Days until the due date; 30 by default. */
  dueInDays?: number
}

/**
 * Raises the payment position of a service's fee (diritti di segreteria, imposta di bollo…) for
 * an application, as defined on the service ("Tempi e costi" → "Diritti da pagare con pagoPA").
 * Idempotent: asking again for the same application and service returns the position already raised
 * (unless it was cancelled). Throws `bad_request` when the service has no fee.
 */
export async function raiseServiceFee(store: PaymentStore, request: ServiceFeeRequest, now = new Date()): Promise<PaymentPosition> {
  const existing = await store.findOpenPositionForApplication(request.applicationRef, request.serviceId)
  if (existing) return existing
  const service = await store.findService(request.serviceId)
  const fee = service?.fee
  if (!service || !fee?.amountCents) throw new ApiError('bad_request', 'Questo servizio non prevede diritti da pagare.')
  const due = new Date(now.getTime() + (request.dueInDays ?? 30) * 86_400_000)
  return store.createPosition({
    reason: fee.reason || `Diritti per: ${service.title}`.slice(0, 140), amountCents: fee.amountCents, dueDate: due.toISOString(),
    debtorFiscalCode: request.debtor.fiscalCode, debtorName: request.debtor.name, source: 'servizio',
    office: typeof service.office === 'object' ? service.office.id : service.office, service: service.id, applicationRef: request.applicationRef, practice: request.practiceId,
  })
}
