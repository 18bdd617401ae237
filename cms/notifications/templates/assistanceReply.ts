import type { NotificationData, Template } from '../notification'

type Data = NotificationData['assistance-reply']

/** The URP's answer to a "Richiedi assistenza" request, with what the citizen asked quoted below it. */
export const assistanceReply: Template<Data> = {
  letter: ({ code, topic, message, reply }, { recipient, publicUrl }) => {
    const quoted = message.split('\n').map((line) => `> ${line}`).join('\n')
    const help = new URL('/richiedi-assistenza/', publicUrl)
    return {
      subject: `Risposta alla tua richiesta di assistenza ${code}`,
      text: `Gentile ${`${recipient.givenName} ${recipient.familyName}`.trim()},\n\nl’Ufficio relazioni con il pubblico risponde alla tua richiesta ${code} (${topic}):\n\n${reply}\n\nLa tua richiesta:\n${quoted}\n\nSe ti serve altro, scrivici di nuovo: ${help}\n\nComune di Brindisi`,
    }
  },
}
