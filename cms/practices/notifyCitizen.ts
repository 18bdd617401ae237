import type { PayloadRequest } from 'payload'

import type { Practice } from '../payload-types'
import { relationId } from '../relationId'
import { settingsOf } from '../settings/cmsSettings'
import { recordCitizenMessage, type CitizenMessageText } from './recordCitizenMessage'

/**
 * Tells the citizen about what the office did to their application: a message in the desk's
 * "Messaggi" (recordCitizenMessage) and an email to their contact address. A mail server that is
 * down never undoes the change: the message stays.
 */
export async function notifyCitizen(req: PayloadRequest, practice: Pick<Practice, 'id' | 'citizen' | 'title'>, { subject, body }: CitizenMessageText): Promise<void> {
  await recordCitizenMessage(req, practice, { subject, body })
  const citizen = await req.payload.findByID({ collection: 'citizens', id: relationId(practice.citizen), depth: 0, disableErrors: true, req })
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
