import { centsToEuro } from '../../../cms/payments/creditor'
import type { Citizen, PaymentPosition, Practice } from '../../../cms/payload-types'
import { relationId } from '../../../cms/relationId'
import type { FeeView } from '../../contract/practices'
import type { PaymentStore } from '../../data/payments'
import { ApiError } from '../../errors'
import { feeTotalCents, raiseServiceFee } from '../serviceFees'
import { findMyPractice, serviceOfPractice, type PracticeStores } from './lookups'

/** The reference that ties a payment position to an application. */
export const applicationRefOf = (practiceId: number) => `pratica-${practiceId}`

/** The fee of an application's service and its payment, or null for a service without fees. */
export async function feeOf(stores: PracticeStores, practice: Practice): Promise<FeeView | null> {
  const service = await serviceOfPractice(stores, practice)
  const total = service ? feeTotalCents(service.fee) : 0
  if (!service || !total) return null
  const position = await stores.payments.findOpenPositionForApplication(applicationRefOf(practice.id), service.id)
  const paid = position ? await settledForApplicant(stores.payments, position, practice) : false
  return {
    amountCents: total, stampDutyCents: service.fee?.stampDutyCents || null, reason: service.fee?.reason || practice.title,
    positionId: position?.id ?? null, status: position?.status ?? null, paid,
  }
}

/**
 * A fee counts as paid only when a pagoPA receipt settled the very position the platform raised for
 * this application (findOpenPositionForApplication: this reference, this service, raised by the
 * service), with the applicant as debtor and the amount the position asked: a position paid any
 * other way pays nothing.
 */
async function settledForApplicant(payments: PaymentStore, position: PaymentPosition, practice: Practice): Promise<boolean> {
  if (position.status !== 'pagata' || position.debtorFiscalCode !== practice.applicantFiscalCode || !position.receipt) return false
  const receipt = await payments.findReceiptById(relationId(position.receipt))
  return receipt?.settlesPosition === String(position.id) && receipt.amountCents === position.amountCents
}

/**
 * Raises the pagoPA position of the fee of a draft (idempotent: the same application gets the
 * same position), so the citizen can pay it before submitting.
 */
export async function raisePracticeFee(stores: PracticeStores, citizen: Citizen, id: number): Promise<FeeView> {
  const practice = await findMyPractice(stores, citizen.id, id)
  if (practice.status !== 'bozza') throw new ApiError('conflict', 'La domanda è già stata presentata.')
  const service = await serviceOfPractice(stores, practice)
  if (!service || !feeTotalCents(service.fee)) throw new ApiError('not_found', 'Questo servizio non prevede diritti da pagare.')
  await raiseServiceFee(stores.payments, {
    serviceId: service.id, debtor: { fiscalCode: citizen.fiscalCode, name: `${citizen.givenName} ${citizen.familyName}` },
    applicationRef: applicationRefOf(practice.id), practiceId: practice.id,
  })
  return (await feeOf(stores, practice))!
}

/** Refuses to submit an application whose fee is not paid yet; returns the fee it checked, for the answer. */
export async function requirePaidFee(stores: PracticeStores, practice: Practice): Promise<FeeView | null> {
  const fee = await feeOf(stores, practice)
  if (fee && !fee.paid) throw new ApiError('payment_required', `Prima di presentare la domanda paga ${centsToEuro(fee.amountCents)} per «${fee.reason}» con pagoPA.`)
  return fee
}

/**
 * When a citizen deletes a draft, its unpaid fee is cancelled; a paid one stays, visible to the
 * citizen and to the office, and the trail says it is to be refunded.
 */
export async function releaseFeeOfDeletedDraft(stores: PracticeStores, practice: Practice): Promise<void> {
  const service = await serviceOfPractice(stores, practice)
  if (!service) return
  const { payments } = stores
  const position = await payments.findOpenPositionForApplication(applicationRefOf(practice.id), service.id)
  if (!position) return
  // The link goes with the draft; the position (and its trail) stays.
  if (position.status === 'pagata') {
    await payments.updatePosition(position.id, { practice: null })
    await payments.recordEvent({ action: 'bozza-eliminata', position: position.id, reason: 'Il cittadino ha eliminato la domanda in bozza dopo aver pagato i diritti: da rimborsare.' })
  } else {
    await payments.updatePosition(position.id, { status: 'annullata', practice: null }, 'Il cittadino ha eliminato la domanda in bozza.')
  }
}
