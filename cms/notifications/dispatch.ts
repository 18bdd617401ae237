import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'

import { channelsFor, type ChosenChannel } from '../constants/notificationEvents'
import { insertRow, insertRows } from '../insertRow'
import type { Citizen } from '../payload-types'
import type { DeliveryTarget } from './channels/channel'
import { queueDelivery, type DeliveryMessage, type StoredAttachment } from './delivery/queue'
import { notificationToEvent } from './events'
import { storedToPreferences } from './preferences'
import { citizenToRecipient, type Notification, type Recipient } from './notification'
import { notificationToInboxEntry } from './templates'

/** A citizen as the dispatcher reads them: who, how to reach them, what they chose. */
export type CitizenAudience = Pick<Citizen, 'id' | 'fiscalCode' | 'givenName' | 'familyName' | 'contacts' | 'idpEmail' | 'notificationPreferences'>

/**
 * One notification to send: to a citizen with a desk (the desk message, then each channel they chose),
 * or to an email address only (bookings and reports without SPID/CIE, followers).
 */
export type Dispatch = {
  notification: Notification
  to: { citizen: CitizenAudience; email?: string | null } | { recipient: Recipient }
  /** The application the desk message is about, so the practice page lists it. */
  practiceId?: number
  /** false: the desk message is written by the caller (or there is none, e.g. an email check). */
  desk?: boolean
  /** The email's attachments, e.g. an appointment's .ics. */
  attachments?: StoredAttachment[]
}

/** The channels a notification travels on besides the desk: email only for service messages and for people without an account. */
function channelsOf(dispatch: Dispatch): readonly ChosenChannel[] {
  const event = notificationToEvent(dispatch.notification)
  if (!('citizen' in dispatch.to) || event === 'servizio') return ['email']
  return channelsFor(storedToPreferences(dispatch.to.citizen.notificationPreferences), event)
}

/**
 * The one way the Comune tells someone something. Inside the caller's transaction (`req`), so they
 * exist exactly when the change they tell of does: the desk message, its line in the delivery log,
 * and one queued delivery per other channel the citizen's preferences allow. Nothing is sent here:
 * the jobs queue ('notifiche') delivers, retries with backoff and logs the outcome, so a mail
 * server or IO being down never slows or undoes the action.
 */
export async function dispatchNotification(payload: Payload, dispatch: Dispatch, req?: PayloadRequest): Promise<void> {
  const { notification } = dispatch
  const event = notificationToEvent(notification)
  const citizen = 'citizen' in dispatch.to ? dispatch.to.citizen : null
  const recipient = citizen ? citizenToRecipient(citizen) : (dispatch.to as { recipient: Recipient }).recipient
  if (citizen && 'email' in dispatch.to && dispatch.to.email !== undefined) recipient.email = dispatch.to.email
  const target: DeliveryTarget | undefined = citizen ? { citizenId: citizen.id, fiscalCode: citizen.fiscalCode, givenName: citizen.givenName, familyName: citizen.familyName, email: recipient.email } : undefined

  const base = { citizen: citizen?.id ?? null, recipientKind: citizen ? 'cittadino' : 'solo-email', event, kind: notification.kind } as const
  // The delivery log's lines (the desk's, delivered, and one queued per other channel), written in one statement.
  const lines: RequiredDataFromCollectionSlug<'notification-deliveries'>[] = []
  if (citizen && notification.kind !== 'email-confirmation' && dispatch.desk !== false) {
    const { subject, body } = notificationToInboxEntry(notification)
    await insertRow(payload, 'citizen-messages', { citizen: citizen.id, practice: dispatch.practiceId ?? null, subject, body }, req)
    lines.push({ ...base, channel: 'desk', status: 'inviata', attempts: 1, deliveredAt: new Date().toISOString() })
  }
  const message: DeliveryMessage = { notification, recipient, ...(target ? { target } : {}), ...(dispatch.attachments?.length ? { attachments: dispatch.attachments } : {}) }
  const channels = channelsOf(dispatch)
  for (const channel of channels) lines.push({ ...base, channel, status: 'in-coda', attempts: 0, message })
  const ids = await insertRows(payload, 'notification-deliveries', lines, req)
  await queueDelivery(payload, ids.slice(ids.length - channels.length), undefined, req)
}
