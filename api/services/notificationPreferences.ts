import { channelsFor, notificationChannels, notificationEvents, type ChosenChannel, type NotificationEvent, type NotificationPreferences } from '../../cms/constants/notificationEvents'
import type { NotificationPreferencesUpdate, NotificationPreferencesView } from '../contract/notificationPreferences'
import type { CitizenStore } from '../data/citizens'
import { findSessionCitizen } from './citizens'

const eventNames = new Set<string>(notificationEvents.map((e) => e.value))
const channelNames = new Set<string>(notificationChannels.map((c) => c.value))

/** What is stored, read defensively: unknown events and channels (a vocabulary that shrank) are dropped. */
export function storedToPreferences(stored: unknown): NotificationPreferences {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {}
  const preferences: NotificationPreferences = {}
  for (const [event, channels] of Object.entries(stored)) {
    if (eventNames.has(event) && Array.isArray(channels)) preferences[event as NotificationEvent] = channels.filter((c): c is ChosenChannel => channelNames.has(c))
  }
  return preferences
}

/** Every event, in the desk's order, with the channels it travels on for this citizen. */
export const preferencesToView = (preferences: NotificationPreferences): NotificationPreferencesView => ({
  events: notificationEvents.map(({ value, label }) => ({ event: value, label, channels: [...channelsFor(preferences, value)] })),
  channels: notificationChannels.map(({ value, label }) => ({ value, label })),
})

/** The logged-in citizen's choices. */
export async function readMyNotificationPreferences(citizens: CitizenStore, citizenId: number): Promise<NotificationPreferencesView> {
  const citizen = await findSessionCitizen(citizens, citizenId)
  return preferencesToView(storedToPreferences(citizen.notificationPreferences))
}

/** Saves the events the citizen changed (each channel at most once), keeping the others'. */
export async function saveMyNotificationPreferences(citizens: CitizenStore, citizenId: number, update: NotificationPreferencesUpdate): Promise<NotificationPreferencesView> {
  const citizen = await findSessionCitizen(citizens, citizenId)
  const preferences = storedToPreferences(citizen.notificationPreferences)
  for (const { event, channels } of update.events) preferences[event] = notificationChannels.map((c) => c.value).filter((c) => channels.includes(c))
  await citizens.update(citizen.id, { notificationPreferences: preferences })
  return preferencesToView(preferences)
}
