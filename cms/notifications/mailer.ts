import nodemailer from 'nodemailer'
import addressparser from 'nodemailer/lib/addressparser'
import type { Attachment } from 'nodemailer/lib/mailer'

/** A file sent with an email, in nodemailer's terms (e.g. an appointment's .ics: filename, content, contentType). */
export type MailAttachment = Attachment

/** One email: plain text always, HTML and attachments optional. */
export type MailMessage = { to: string; subject: string; text: string; html?: string; attachments?: MailAttachment[] }

/** Sends email; tests and the demo point it at the local SMTP server (api/standins/mail). */
export interface Mailer {
  send(message: MailMessage): Promise<void>
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
