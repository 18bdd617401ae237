import { z } from '@hono/zod-openapi'

import { positionStatuses } from '../../cms/payments/creditor'
import { enumOf } from '../openapi'

const payment = z.object({
  id: z.number(), reason: z.string(), amountCents: z.number(), dueDate: z.string(), status: enumOf(positionStatuses),
  noticeCode: z.string(), iuv: z.string(), creditorFiscalCode: z.string(), paidAt: z.string().nullable(), payable: z.boolean(), hasReceipt: z.boolean(),
}).openapi('Payment')

/** Request and response shapes of "I miei pagamenti" (api/routes/payments.ts), which services build to. */
export const paymentSchemas = {
  idParam: z.object({ id: z.coerce.number({ error: 'Identificativo del pagamento non valido.' }).int('Identificativo del pagamento non valido.').positive('Identificativo del pagamento non valido.').max(2 ** 31 - 1) }),
  payment,
  overview: z.object({ positions: z.array(payment), totals: z.object({ dueCents: z.number(), paidCents: z.number() }) }).openapi('PaymentsOverview'),
  checkout: z.object({ redirectUrl: z.string() }).openapi('Checkout'),
  pdf: z.string().openapi({ format: 'binary' }),
}

/** A position as the citizen's desk shows it; status "scaduta" once the due date has passed unpaid. */
export type PaymentView = z.output<typeof payment>
/** The citizen's positions and what is due and paid in total (euro cents). */
export type PaymentsOverview = z.output<typeof paymentSchemas.overview>
