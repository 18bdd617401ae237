import type { Payload } from 'payload'

import { startTestMailbox, type TestMailbox } from '../testing/testMailbox'
import { startTestPayload, type TestPayload } from '../testing/testPayload'
import type { Actor } from './book'

/** The operator who books for walk-ins and callers in the engine's tests: Anna, of no office. */
export async function createOperator(payload: Payload): Promise<Actor> {
  const user = await payload.create({ collection: 'users', data: { name: 'Anna Operatrice', email: 'anna@comune.test', password: 'Una-password-lunga-42!', roles: ['operator'], offices: [] } as never, overrideAccess: true })
  return { type: 'operatore', userId: user.id, name: 'Anna Operatrice' }
}

export type PayloadWithMailbox = { t: TestPayload; payload: Payload; mailbox: TestMailbox; cleanup: () => Promise<void> }

/** A test Payload whose mail goes to a test mailbox (`refuse`: the addresses it turns away); `cleanup` stops both. */
export async function startPayloadWithMailbox(options: Parameters<typeof startTestMailbox>[0] = {}): Promise<PayloadWithMailbox> {
  const mailbox = await startTestMailbox(options)
  process.env.SPORTELLO_SMTP_URL = mailbox.smtpUrl
  let t: TestPayload
  try {
    t = await startTestPayload()
  } catch (error) {
    await mailbox.close()
    throw error
  }
  return {
    t, payload: t.payload, mailbox,
    cleanup: async () => {
      await t.cleanup()
      await mailbox.close()
    },
  }
}
