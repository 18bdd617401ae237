import type { PayloadRequest } from 'payload'

import type { Practice } from '../payload-types'
import { relationId } from '../relationId'
import { settingsOf } from '../settings/cmsSettings'

/**
 * Tells the citizen about their application: a message in the desk's "Messaggi" (inside the
 * request's transaction, so it exists exactly when the change does) and an email to their
 * contact address. A mail server that is down never undoes the change: the message stays.
 */
export async function notifyCitizen(req: PayloadRequest, practice: Pick<Practice, 'id' | 'citizen' | 'title'>, { subject, body, email = true }: { subject: string; body: string; email?: boolean }): Promise<void> {
  const citizenId = relationId(practice.citizen)
  await req.payload.create({ collection: 'citizen-messages', data: { citizen: citizenId, practice: practice.id, subject, body }, depth: 0, req })
  if (!email) return
  const citizen = await req.payload.findByID({ collection: 'citizens', id: citizenId, depth: 0, disableErrors: true, req })
  const to = citizen?.contacts?.email || citizen?.idpEmail
  if (!to) return
  const { publicUrl } = settingsOf(req.payload)
  const text = `Gentile ${citizen.givenName} ${citizen.familyName},\n\n${body}\n\nPratica: ${practice.title}\nPuoi vedere la pratica e rispondere nella tua area personale: ${new URL(`/area-personale/pratica/?id=${practice.id}`, publicUrl)}\n\nComune di Brindisi`
  try {
    await req.payload.sendEmail({ to, subject, text })
  } catch (error) {
    req.payload.logger.warn({ msg: 'Email al cittadino non inviata: il messaggio resta nella sua area personale', err: (error as Error).message })
  }
}
