import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Payload's own emails (staff password reset) over the same SMTP server and from the same sender as
 * the portal's (SPORTELLO_SMTP_URL, SPORTELLO_MAIL_FROM; the demo runs a local server).
 */
export function smtpEmailAdapter(smtpUrl: string, from: { name: string; address: string }): EmailAdapter {
  return () => {
    const transport = nodemailer.createTransport(smtpUrl)
    return {
      name: 'smtp',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message) => transport.sendMail(message as SendMailOptions),
    }
  }
}
