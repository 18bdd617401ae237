import type { PracticeRef, PracticeTemplate } from '../notification'
import { practiceToUrl } from './practiceLink'

/** "Domanda presentata": the protocol number, in the desk; the receipt's email points to the PDF. */
export const practiceSubmitted: PracticeTemplate<PracticeRef> = {
  inbox: ({ title, protocolNumber }) => ({
    subject: `Domanda presentata: ${title} (protocollo ${protocolNumber})`,
    body: `Abbiamo ricevuto la tua domanda «${title}». Numero di protocollo: ${protocolNumber}. La ricevuta in PDF è nella tua area personale. Ti scriveremo a ogni cambio di stato.`,
  }),
  letter: ({ practiceId, title, protocolNumber }, { recipient, publicUrl }) => ({
    subject: `Ricevuta: domanda «${title}» protocollo ${protocolNumber}`,
    text: `Gentile ${recipient.givenName},\n\nla tua domanda «${title}» è stata presentata con protocollo n. ${protocolNumber}.\nPuoi scaricare la ricevuta e seguire la pratica qui: ${practiceToUrl(practiceId, publicUrl)}\n\nComune di Brindisi`,
  }),
}
