import { centsToEuro } from '../../../cms/payments/creditor'
import type { Citizen, Practice } from '../../../cms/payload-types'
import { paymentStore } from '../../data/payments'
import type { PracticeStore } from '../../data/practices'
import { ApiError } from '../../errors'
import { raiseServiceFee } from '../serviceFees'
import { findMyPractice, serviceOfPractice } from './drafts'

/** A service fee as the application shows it: what to pay and whether it is paid. */
export type FeeView = { amountCents: number; reason: string; positionId: number | null; status: string | null; paid: boolean }

/** The reference that ties a payment position to an application. */
export const applicationRefOf = (practiceId: number) => `pratica-${practiceId}`

/** The fee of an application's service and its payment, or null for a service without fees. */
export async function feeOf(store: PracticeStore, practice: Practice): Promise<FeeView | null> {
  const fee = (await serviceOfPractice(store, practice))?.fee
  if (!fee?.amountCents) return null
  const position = await store.findFeePosition(applicationRefOf(practice.id))
  return { amountCents: fee.amountCents, reason: fee.reason || practice.title, positionId: position?.id ?? null, status: position?.status ?? null, paid: position?.status === 'pagata' }
}

/**
 * Raises the pagoPA position of the fee of a draft (idempotent: the same application gets the
 * same position), so the citizen can pay it before submitting.
 */
export async function raisePracticeFee(store: PracticeStore, citizen: Citizen, id: number): Promise<FeeView> {
  const practice = await findMyPractice(store, citizen.id, id)
  if (practice.status !== 'bozza') throw new ApiError('conflict', 'La domanda è già stata presentata.')
  const service = await serviceOfPractice(store, practice)
  if (!service?.fee?.amountCents) throw new ApiError('not_found', 'Questo servizio non prevede diritti da pagare.')
  await raiseServiceFee(paymentStore(store.payload), { serviceId: service.id, debtor: { fiscalCode: citizen.fiscalCode, name: `${citizen.givenName} ${citizen.familyName}` }, applicationRef: applicationRefOf(practice.id) })
  return (await feeOf(store, practice))!
}

/** Refuses to submit an application whose fee is not paid yet. */
export async function requirePaidFee(store: PracticeStore, practice: Practice): Promise<void> {
  const fee = await feeOf(store, practice)
  if (fee && !fee.paid) throw new ApiError('payment_required', `Prima di presentare la domanda paga ${centsToEuro(fee.amountCents)} per «${fee.reason}» con pagoPA.`)
}
