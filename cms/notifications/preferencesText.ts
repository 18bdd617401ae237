import { channelsFor, notificationChannels, notificationEvents, type NotificationPreferences } from '../constants/notificationEvents'

const channelLabel = (value: string) => notificationChannels.find((c) => c.value === value)?.label ?? value

/** A citizen's notification choices as staff read them, one line per event: "Pagamento ricevuto: Email, App IO". */
export function preferencesToItalian(stored: unknown): string {
  const preferences = (stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {}) as NotificationPreferences
  return notificationEvents
    .map(({ value, label }) => {
      const channels = channelsFor(preferences, value)
      return `${label}: ${channels.length ? channels.map(channelLabel).join(', ') : 'solo i Messaggi dell’area personale'}`
    })
    .join('\n')
}
