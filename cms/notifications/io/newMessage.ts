// The IO Services API's shapes (pagopa/io-functions-services, openapi/index.yaml and the definitions of
// io-functions-commons it refers to), as the client sends them and the demo's stand-in checks them.
import { z } from 'zod'

import type { IoMessage } from '../channels/channel'

/** An Italian person's fiscal code (FiscalCode). */
export const ioFiscalCode = z.string().regex(/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/)

/** PaymentData: the pagoPA notice the citizen pays from the IO app (amount in euro cents). */
export const ioPaymentData = z.object({
  amount: z.number().int().min(1).max(9_999_999_999),
  notice_number: z.string().regex(/^[0123][0-9]{17}$/),
  invalid_after_due_date: z.boolean().optional(),
  payee: z.object({ fiscal_code: z.string().regex(/^[0-9]{11}$/) }).optional(),
})

/** NewMessage: the recipient and the content (subject 10–120 characters, Markdown 80–10000). */
export const ioNewMessage = z.object({
  fiscal_code: ioFiscalCode,
  time_to_live: z.number().int().min(3600).max(604800).optional(),
  content: z.object({
    subject: z.string().min(10).max(120),
    markdown: z.string().min(80).max(10000),
    due_date: z.iso.datetime().optional(),
    payment_data: ioPaymentData.optional(),
  }),
})

/** A NewMessage as sent. */
export type IoNewMessage = z.infer<typeof ioNewMessage>

/** GetLimitedProfileByPOSTPayload. */
export const ioProfileQuery = z.object({ fiscal_code: ioFiscalCode })

/** A notification's IO rendering as the API's NewMessage for one citizen. */
export function ioMessageToNewMessage(fiscalCode: string, { subject, markdown, dueDate, paymentData }: IoMessage): IoNewMessage {
  return {
    fiscal_code: fiscalCode,
    content: {
      subject,
      markdown,
      ...(dueDate && { due_date: new Date(dueDate).toISOString() }),
      ...(paymentData && {
        payment_data: {
          amount: paymentData.amountCents,
          notice_number: paymentData.noticeNumber,
          payee: { fiscal_code: paymentData.payeeFiscalCode },
          ...(paymentData.invalidAfterDueDate !== undefined && { invalid_after_due_date: paymentData.invalidAfterDueDate }),
        },
      }),
    },
  }
}
