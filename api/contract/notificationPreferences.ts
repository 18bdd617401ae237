import { z } from '@hono/zod-openapi'

import { notificationChannels, notificationEvents } from '../../cms/constants/notificationEvents'
import { enumOf } from '../openapi'

const event = enumOf(notificationEvents)
const channel = enumOf(notificationChannels)
const choice = z.object({ event, channels: z.array(channel) })

/** Shapes of the desk's "Notifiche" (api/routes/notificationPreferences.ts): per event, the channels chosen. */
export const notificationPreferenceSchemas = {
  view: z.object({
    events: z.array(choice.extend({ label: z.string() })),
    channels: z.array(z.object({ value: channel, label: z.string() })),
  }).openapi('NotificationPreferences'),
  update: z.strictObject({
    events: z.array(z.strictObject({
      event: z.enum(event.options, { error: 'Evento sconosciuto.' }),
      channels: z.array(z.enum(channel.options, { error: 'Canale sconosciuto: scegli tra email, push e App IO.' })).max(channel.options.length),
    })).max(event.options.length),
  }, { error: (issue) => (issue.code === 'unrecognized_keys' ? `Campo non modificabile: ${issue.keys.join(', ')}.` : undefined) }).openapi('NotificationPreferencesUpdate'),
}

/** What the desk's "Notifiche" shows: every event with its label and the channels chosen. */
export type NotificationPreferencesView = z.output<typeof notificationPreferenceSchemas.view>
/** The events whose channels the citizen changes; the others keep theirs. */
export type NotificationPreferencesUpdate = z.output<typeof notificationPreferenceSchemas.update>
