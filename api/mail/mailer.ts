import nodemailer from 'nodemailer'

/** One email: plain text always, HTML optional. */
export type MailMessage = { to: string; subject: string; text: string; html?: string }

/** Sends email; tests and the demo point it at the local SMTP server (api/standins/mail). */
export interface Mailer {
  send(message: MailMessage): Promise<void>
}

/** A mailer over real SMTP (nodemailer), e.g. smtp://user:pass@smtp.comune.example:587. */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl)
  return {
    async send(message) {
      await transport.sendMail({ from, ...message })
    },
  }
}
