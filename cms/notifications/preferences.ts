import { channelsFor, notificationChannels, notificationEvents, type ChosenChannel, type NotificationEvent, type NotificationPreferences } from '../constants/notificationEvents'

const eventNames = new Set<string>(notificationEvents.map((e) => e.value))
const channelNames = new Set<string>(notificationChannels.map((c) => c.value))
const channelLabel = (value: string) => notificationChannels.find((c) => c.value === value)?.label ?? value

/** A citizen's stored choices read defensively: unknown events and channels (a vocabulary that shrank) are dropped. */
export function storedToPreferences(stored: unknown): NotificationPreferences {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {}
  const preferences: NotificationPreferences = {}
  for (const [event, channels] of Object.entries(stored)) {
    if (eventNames.has(event) && Array.isArray(channels)) preferences[event as NotificationEvent] = channels.filter((c): c is ChosenChannel => channelNames.has(c))
  }
  return preferences
}

/** A citizen's choices as staff read them, one line per event: "Pagamento ricevuto: Email, App IO". */
export function preferencesToItalian(stored: unknown): string {
  const preferences = storedToPreferences(stored)
  return notificationEvents
    .map(({ value, label }) => {
      const channels = channelsFor(preferences, value)
      return `${label}: ${channels.length ? channels.map(channelLabel).join(', ') : 'solo i Messaggi dell’area personale'}`
    })
    .join('\n')
}
