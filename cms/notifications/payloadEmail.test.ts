import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { payloadEmailAdapter } from './payloadEmail'

const received: { from: string; subject: string }[] = []
const server = new SMTPServer({
  authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
  onData(stream, _session, callback) {
    void simpleParser(stream).then((mail) => received.push({ from: mail.from?.text ?? '', subject: mail.subject ?? '' })).then(() => callback())
  },
})
let smtpUrl = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const address = server.server.address()
  smtpUrl = `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the portal’s one From', () => {
  it('signs Payload’s own emails and the back office’s notifications alike', async () => {
    const adapter = payloadEmailAdapter({ smtpUrl, mailFrom: 'Comune di Brindisi <sportello@comune.test>' })({ payload: {} as never })
    expect({ name: adapter.defaultFromName, address: adapter.defaultFromAddress }).toEqual({ name: 'Comune di Brindisi', address: 'sportello@comune.test' })
    await adapter.sendEmail({ to: 'giovanna@example.it', subject: 'Un messaggio sulla pratica 2026/000001', text: 'Testo' })
    await adapter.sendEmail({ from: `"${adapter.defaultFromName}" <${adapter.defaultFromAddress}>`, to: 'operatore@comune.test', subject: 'Reimposta la password', html: '<p>Link</p>' })
    await expect.poll(() => received.length).toBe(2)
    expect(received).toEqual([
      { from: '"Comune di Brindisi" <sportello@comune.test>', subject: 'Un messaggio sulla pratica 2026/000001' },
      { from: '"Comune di Brindisi" <sportello@comune.test>', subject: 'Reimposta la password' },
    ])
  })
})
