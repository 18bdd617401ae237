import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A local SMTP server for one test file: every message it accepts, parsed (attachments included). */
export type TestMailbox = { smtpUrl: string; mails: ParsedMail[]; to: (address: string) => ParsedMail[]; close: () => Promise<void> }

/**
 * Starts the mailbox on a free loopback port, like the demo's stand-in (api/standins/mail). A
 * message counts once parsed, before the server answers, so a send that resolved is in `mails`.
 * Recipients in `refuse` are rejected (550), as a real server rejects an unknown mailbox. `port`
 * (default: a free one) lets a test bring a stopped mailbox back at the address the CMS was given.
 */
export async function startTestMailbox({ refuse = [], port: wanted = 0 }: { refuse?: string[]; port?: number } = {}): Promise<TestMailbox> {
  const mails: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.includes(address.address)) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
      callback()
    },
    onData(stream, _session, callback) {
      void simpleParser(stream).then((mail) => mails.push(mail)).then(() => callback(), callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', () => resolve()))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((to) => to?.value.map((v) => v.address) ?? [])
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    mails,
    to: (address) => mails.filter((mail) => recipients(mail).includes(address)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
