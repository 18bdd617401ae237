import nodemailer from 'nodemailer'
import addressparser from 'nodemailer/lib/addressparser'

/** One email: plain text always, HTML optional. */
export type MailMessage = { to: string; subject: string; text: string; html?: string }

/** Sends email; tests and the demo point it at the local SMTP server (api/devMailServer). */
export interface Mailer {
  send(message: MailMessage): Promise<void>
}

/** The SMTP server when SPORTELLO_SMTP_URL is unset: the demo's local one (api/devMailServer). */
export const defaultSmtpUrl = 'smtp://127.0.0.1:2525'

/** The From of every email the portal sends, staff password resets included. */
export const defaultMailFrom = 'Comune di Brindisi <noreply@comune.brindisi.example>'

/**
 * The From for every process, from SPORTELLO_MAIL_FROM ("Name <address>"). The admin once read only
 * an address from SPORTELLO_MAIL_FROM_ADDRESS: still honoured, so such a deployment keeps its sender.
 */
export function mailFromEnv(env: Record<string, string | undefined> = process.env): string {
  if (env.SPORTELLO_MAIL_FROM) return env.SPORTELLO_MAIL_FROM
  return env.SPORTELLO_MAIL_FROM_ADDRESS ? `Comune di Brindisi <${env.SPORTELLO_MAIL_FROM_ADDRESS}>` : defaultMailFrom
}

/** A From ("Comune di Brindisi <noreply@…>") as the name and address Payload's adapter asks for. */
export function fromToSender(from: string): { name: string; address: string } {
  const [first] = addressparser(from, { flatten: true })
  return { name: first?.name ?? '', address: first?.address ?? from }
}

/** The one place a process opens SMTP (nodemailer): it connects only when a message is sent. */
export const smtpTransport = (smtpUrl: string) => nodemailer.createTransport(smtpUrl)

/** A mailer over real SMTP, e.g. smtp://user:pass@smtp.comune.example:587, sending as `from`. */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = smtpTransport(smtpUrl)
  return {
    async send(message) {
      await transport.sendMail({ from, ...message })
    },
  }
}
