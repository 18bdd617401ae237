// "Notifiche" in the desk: the channels of each event from GET /api/me/notifiche, saved with PUT.
// The desk's "Messaggi" is not a choice: it always keeps the record.
import { notificationChannels, notificationEvents, type ChosenChannel } from '../../../../cms/constants/notificationEvents'
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId as $, showMessage } from '../../../islands/kit/dom'
import { isLoggedIn } from '../../../islands/kit/session'
import { ids } from './ids'
import { strings } from './strings'

type Preferences = Schemas['NotificationPreferences']
type Update = Schemas['NotificationPreferencesUpdate']

const isChannel = (value: unknown): value is ChosenChannel => notificationChannels.some((c) => c.value === value)

if (isLoggedIn()) void load()

async function load(): Promise<void> {
  const result = await call(api.GET('/api/me/notifiche'))
  if (result.status === 401) return
  if (!result.ok) return showMessage($(ids.error), result.message ?? strings.loadError, false)
  render(result.body)
  $(ids.form).addEventListener('submit', (event) => void save(event))
}

function render({ events }: Preferences): void {
  for (const { event, channels } of events) {
    for (const box of document.querySelectorAll<HTMLInputElement>(`#${ids.form} input[name="${event}"]`)) box.checked = channels.some((c) => c === box.value)
  }
}

async function save(event: SubmitEvent): Promise<void> {
  event.preventDefault()
  $(ids.error).hidden = true
  $(ids.status).hidden = true
  const form = new FormData($<HTMLFormElement>(ids.form))
  const body: Update = { events: notificationEvents.map(({ value }) => ({ event: value, channels: form.getAll(value).filter(isChannel) })) }
  const result = await call(api.PUT('/api/me/notifiche', { body }))
  if (!result.ok) return showMessage($(ids.error), result.message ?? strings.saveError)
  render(result.body)
  showMessage($(ids.status), strings.saved, false)
}
