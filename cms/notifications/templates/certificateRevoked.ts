import type { NotificationData, Template } from '../notification'

type Data = NotificationData['certificate-revoked']

/** A certificate revoked by the office: which one, why, and that the verification page now says so. */
export const certificateRevoked: Template<Data> & { inbox: (data: Data) => { subject: string; body: string } } = {
  inbox: ({ code, typeLabel, reason }) => ({
    subject: `Certificato ${code} revocato`,
    body: `L’ufficio anagrafe ha revocato il tuo ${typeLabel.charAt(0).toLowerCase()}${typeLabel.slice(1)} con codice ${code}.\nMotivo: ${reason}\nLa pagina di verifica del certificato ora lo indica come revocato: se ti serve, puoi richiederne uno nuovo nella tua area personale.`,
  }),
  letter: (data, { recipient, publicUrl }) => {
    const { subject, body } = certificateRevoked.inbox(data)
    const link = new URL('/area-personale/certificati/', publicUrl)
    return { subject, text: `Gentile ${recipient.givenName} ${recipient.familyName},\n\n${body}\n\nI tuoi certificati: ${link}\n\nComune di Brindisi` }
  },
}
