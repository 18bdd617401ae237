import type { Payload } from 'payload'

import type { PaymentPosition, PaymentReceipt } from '../../cms/payload-types'
import { recordPaymentEvent, type PaymentEventInput } from '../../cms/payments/paymentTrail'

/** A receipt as it is stored (everything but the ids Payload assigns). */
export type NewReceipt = Omit<PaymentReceipt, 'id' | 'createdAt' | 'updatedAt'>

/** Payment positions and pagoPA receipts, through the Payload Local API. Services check ownership. */
export function paymentStore(payload: Payload) {
  return {
    async listByDebtor(fiscalCode: string): Promise<PaymentPosition[]> {
      const { docs } = await payload.find({ collection: 'payment-positions', where: { debtorFiscalCode: { equals: fiscalCode } }, sort: 'dueDate', depth: 0, pagination: false })
      return docs
    },
    async findPosition(id: number | string): Promise<PaymentPosition | null> {
      return payload.findByID({ collection: 'payment-positions', id, depth: 0, disableErrors: true })
    },
    async findPositionByNotice(creditorFiscalCode: string, noticeCode: string): Promise<PaymentPosition | null> {
      const { docs } = await payload.find({ collection: 'payment-positions', where: { noticeCode: { equals: noticeCode }, creditorFiscalCode: { equals: creditorFiscalCode } }, limit: 1, depth: 0, pagination: false })
      return docs[0] ?? null
    },
    /** The fee position the platform raised for an application of a service (the latest), unless cancelled. */
    async findOpenPositionForApplication(applicationRef: string, serviceId: number | string): Promise<PaymentPosition | null> {
      const { docs } = await payload.find({
        collection: 'payment-positions', sort: '-createdAt', depth: 0, limit: 1, pagination: false,
        where: { applicationRef: { equals: applicationRef }, service: { equals: serviceId }, source: { equals: 'servizio' }, status: { not_equals: 'annullata' } },
      })
      return docs[0] ?? null
    },
    async createPosition(data: Pick<PaymentPosition, 'reason' | 'amountCents' | 'dueDate' | 'debtorFiscalCode' | 'debtorName' | 'source'> & { office: number; service?: number; applicationRef?: string; practice?: number; stampDutyCents?: number }): Promise<PaymentPosition> {
      return payload.create({ collection: 'payment-positions', data: { ...data, status: 'da-pagare' } as PaymentPosition, depth: 0 })
    },
    /** A system change (paid, registered, cancelled); the position's hook writes it to the trail with the reason. */
    async updatePosition(id: number | string, data: Partial<Pick<PaymentPosition, 'status' | 'paidAt' | 'receipt' | 'registeredAt' | 'practice'>>, reason?: string): Promise<PaymentPosition> {
      return payload.update({ collection: 'payment-positions', id, data, depth: 0, context: reason ? { paymentReason: reason } : {} })
    },
    /** Appends to the payments trail (receipts accepted or refused, drafts deleted). */
    async recordEvent(event: PaymentEventInput): Promise<void> {
      await recordPaymentEvent(payload, event)
    },
    async findService(id: number | string) {
      return payload.findByID({ collection: 'services', id, depth: 0, disableErrors: true })
    },
    async findReceipt(receiptId: string): Promise<PaymentReceipt | null> {
      const { docs } = await payload.find({ collection: 'payment-receipts', where: { receiptId: { equals: receiptId } }, limit: 1, depth: 0, pagination: false })
      return docs[0] ?? null
    },
    async findSettlingReceipt(positionId: number | string): Promise<PaymentReceipt | null> {
      const { docs } = await payload.find({ collection: 'payment-receipts', where: { settlesPosition: { equals: String(positionId) } }, limit: 1, depth: 0, pagination: false })
      return docs[0] ?? null
    },
    async findReceiptById(id: number | string): Promise<PaymentReceipt | null> {
      return payload.findByID({ collection: 'payment-receipts', id, depth: 0, disableErrors: true })
    },
    /** Fails (unique constraint) when the receipt id is known or when another receipt already settles the position. */
    async createReceipt(data: NewReceipt): Promise<PaymentReceipt> {
      return payload.create({ collection: 'payment-receipts', data, depth: 0 })
    },
  }
}

export type PaymentStore = ReturnType<typeof paymentStore>
