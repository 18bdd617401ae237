import type { CitizenMessage } from '../../cms/payload-types'
import { relationId } from '../../cms/relationId'
import type { CitizenMessageStore } from '../data/citizenMessages'

/** A message of the municipality as the desk's "Messaggi" shows it. */
export type MessageView = { id: number; at: string; subject: string; body: string; practiceId: number | null; read: boolean }

/** A stored message as the citizen sees it. */
export const messageToView = (m: CitizenMessage): MessageView => ({ id: m.id, at: m.createdAt, subject: m.subject, body: m.body, practiceId: relationId(m.practice), read: Boolean(m.readAt) })

/** The citizen's messages, newest first. */
export async function listMyMessages(messages: CitizenMessageStore, citizenId: number): Promise<MessageView[]> {
  return (await messages.listByCitizen(citizenId)).map(messageToView)
}

/** Marks one of the citizen's own messages read; someone else's, or one already read, is left as it is. */
export async function markMyMessageRead(messages: CitizenMessageStore, citizenId: number, id: number): Promise<void> {
  await messages.markRead(id, citizenId)
}
