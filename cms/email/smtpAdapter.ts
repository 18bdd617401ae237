import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Payload's own emails (staff password reset) over the same SMTP server as the portal's
 * (SPORTELLO_SMTP_URL; `npm start` runs a local one for development).
 */
export function smtpEmailAdapter(): EmailAdapter {
  return () => {
    const transport = nodemailer.createTransport(process.env.SPORTELLO_SMTP_URL ?? 'smtp://127.0.0.1:2525')
    return {
      name: 'smtp',
      defaultFromAddress: process.env.SPORTELLO_MAIL_FROM_ADDRESS ?? 'noreply@comune.brindisi.example',
      defaultFromName: 'Comune di Brindisi',
      sendEmail: async (message) => transport.sendMail(message as SendMailOptions),
    }
  }
}
