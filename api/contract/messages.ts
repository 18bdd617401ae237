import { z } from '@hono/zod-openapi'

const message = z.object({ id: z.number(), at: z.string(), subject: z.string(), body: z.string(), practiceId: z.number().nullable(), read: z.boolean() }).openapi('CitizenMessage')

/** Response shapes of the desk's "Messaggi" (api/routes/messages.ts), which services build to. */
export const messageSchemas = {
  message,
  list: z.object({ messages: z.array(message) }),
}

/** A message of the municipality as the desk's "Messaggi" shows it. */
export type MessageView = z.output<typeof message>
