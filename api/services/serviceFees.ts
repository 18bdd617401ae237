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

type Fee = { amountCents?: number | null; stampDutyCents?: number | null; reason?: string | null } | null | undefined

/** What an application costs in all: the service's fees (diritti) and its marca da bollo, in cents; 0 when nothing is due. */
export const feeTotalCents = (fee: Fee): number => (fee?.amountCents ?? 0) + (fee?.stampDutyCents ?? 0)

/** The reason of a service's payment: the one staff wrote, else one that names what is paid. */
export function feeReasonOf(service: { title: string; fee?: Fee }): string {
  const fee = service.fee
  if (fee?.reason) return fee.reason
  const what = fee?.amountCents ? (fee.stampDutyCents ? 'Diritti e marca da bollo' : 'Diritti') : 'Marca da bollo'
  return `${what} per: ${service.title}`.slice(0, 140)
}

/**
 * Raises the payment position of a service's fee (diritti di segreteria) and marca da bollo for
 * an application — one pagoPA notice whose stamp duty is its own transfer (api/pagopa/client.ts) — as defined on the service ("Tempi e costi" → "Diritti da pagare con pagoPA").
 * Idempotent: asking again for the same application and service returns the position already raised
 * (unless it was cancelled). Throws `bad_request` when the service has no fee.
 */
export async function raiseServiceFee(store: PaymentStore, request: ServiceFeeRequest, now = new Date()): Promise<PaymentPosition> {
  const existing = await store.findOpenPositionForApplication(request.applicationRef, request.serviceId)
  if (existing) return existing
  const service = await store.findService(request.serviceId)
  const total = service ? feeTotalCents(service.fee) : 0
  if (!service || !total) throw new ApiError('bad_request', 'Questo servizio non prevede diritti da pagare.')
  const due = new Date(now.getTime() + (request.dueInDays ?? 30) * 86_400_000)
  const stampDutyCents = service.fee?.stampDutyCents || undefined
  return store.createPosition({
    reason: feeReasonOf(service), amountCents: total, stampDutyCents, dueDate: due.toISOString(),
    debtorFiscalCode: request.debtor.fiscalCode, debtorName: request.debtor.name, source: 'servizio',
    office: typeof service.office === 'object' ? service.office.id : service.office, service: service.id, applicationRef: request.applicationRef, practice: request.practiceId,
  })
}
