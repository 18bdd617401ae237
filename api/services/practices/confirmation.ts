import type { Citizen } from '../../../cms/payload-types'
import type { Mailer } from '../../mail/mailer'
import type { PracticeView } from './views'

/** Where the confirmation goes out from, and the portal address its link points to. */
export type ConfirmationDeps = { mailer: Mailer; publicUrl: URL }

/** The confirmation email of a submission; a mail server that is down never undoes the submission. */
export async function sendSubmissionConfirmation({ mailer, publicUrl }: ConfirmationDeps, citizen: Pick<Citizen, 'contacts' | 'idpEmail' | 'givenName'>, view: Pick<PracticeView, 'id' | 'protocolNumber' | 'service'>): Promise<void> {
  const to = citizen.contacts?.email || citizen.idpEmail
  if (!to) return
  const link = new URL(`/area-personale/pratica/?id=${view.id}`, publicUrl)
  await mailer.send({
    to, subject: `Ricevuta: domanda «${view.service.title}» protocollo ${view.protocolNumber}`,
    text: `Gentile ${citizen.givenName},\n\nla tua domanda «${view.service.title}» è stata presentata con protocollo n. ${view.protocolNumber}.\nPuoi scaricare la ricevuta e seguire la pratica qui: ${link}\n\nComune di Brindisi`,
  }).catch(() => console.warn('[pratiche] email di conferma non inviata: la ricevuta resta nell’area personale'))
}
