import type { SendMailOptions } from 'nodemailer'
import type { EmailAdapter, Payload } from 'payload'

import type { CmsSettings } from '../settings/cmsSettings'
import { fromToSender, smtpTransport, type Mailer } from './mailer'

/**
 * Payload's own emails (staff password reset) and the back office's notifications, over the same
 * SMTP server and From as the public server's (SPORTELLO_SMTP_URL, SPORTELLO_MAIL_FROM; the demo runs a local server).
 */
export function payloadEmailAdapter({ smtpUrl, mailFrom: from }: Pick<CmsSettings, 'smtpUrl' | 'mailFrom'>): EmailAdapter {
  return () => {
    const transport = smtpTransport(smtpUrl)
    const sender = fromToSender(from)
    return {
      name: 'smtp',
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      // Payload names a From only for its own emails; every other one goes out as the portal.
      sendEmail: async (message) => transport.sendMail({ ...(message as SendMailOptions), from: message.from ?? from }),
    }
  }
}

/** Payload's configured email as a Mailer, for code that runs inside the CMS process. */
export const payloadMailer = (payload: Payload): Mailer => ({
  async send(message) {
    await payload.sendEmail(message)
  },
})
