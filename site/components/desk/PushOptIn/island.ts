// The desk's web push opt-in. Nothing is asked on load: the browser's permission prompt appears only
// when the citizen presses "Attiva" (PushManager.subscribe, on the click), and "Disattiva" removes the
// subscription on both sides. It registers no worker: it uses the app's (/sw.js, scope /).
import { api, call, type Schemas } from '../../../islands/kit/api'
import { byId, cloneTemplate, showMessage, slotsOf } from '../../../islands/kit/dom'
import { dateToShortItalian } from '../../../islands/kit/format'
import { ids } from './ids'
import { strings } from './strings'

type PushState = Schemas['PushState']

/** How long to wait for the app's service worker before telling the citizen to reload. */
const workerWaitMs = 5_000

/** Shows whether push is on for this browser, and lets the citizen turn it on or off. */
export async function startPushOptIn(): Promise<void> {
  const result = await call(api.GET('/api/me/notifiche-push'))
  if (!result.ok) return void showMessage(byId(ids.status), strings.failed, false)
  await render(result.body)
  byId(ids.enable).addEventListener('click', () => void enable(result.body.publicKey))
  byId(ids.disable).addEventListener('click', () => void disableHere())
}

const supported = () => 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window

/** This browser's subscription, if the app's worker has one (never waits for a worker that is not there). */
async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration('/')
  return (await registration?.pushManager.getSubscription()) ?? null
}

async function render(state: PushState): Promise<void> {
  const status = byId(ids.status)
  const here = state.available && supported() ? await currentSubscription() : null
  const subscribedHere = Boolean(here && state.subscriptions.some((s) => s.endpoint === here.endpoint))
  byId(ids.enable).hidden = !state.available || !supported() || subscribedHere || Notification.permission === 'denied'
  byId(ids.disable).hidden = !subscribedHere
  status.textContent = !state.available ? strings.notOffered
    : !supported() ? strings.unsupported
    : subscribedHere ? strings.on
    : Notification.permission === 'denied' ? strings.denied
    : strings.off
  renderDevices(state.subscriptions, here?.endpoint ?? null)
}

function renderDevices(subscriptions: PushState['subscriptions'], hereEndpoint: string | null): void {
  const list = byId(ids.list)
  byId(ids.listTitle).hidden = subscriptions.length === 0
  list.replaceChildren(...subscriptions.map((s) => {
    const item = cloneTemplate(ids.item)
    const slot = slotsOf(item)
    const label = `${s.label}${s.endpoint === hereEndpoint ? strings.thisDevice : ''}`
    slot('label').textContent = `${label}, ${strings.since(dateToShortItalian(new Date(s.createdAt)))}`
    slot('remove').setAttribute('aria-label', strings.removeLabel(label))
    slot('remove').addEventListener('click', () => void remove(s.id, s.endpoint === hereEndpoint))
    return item
  }))
}

async function refresh(message: string): Promise<void> {
  byId(ids.error).hidden = true
  const result = await call(api.GET('/api/me/notifiche-push'))
  if (result.ok) await render(result.body)
  showMessage(byId(ids.status), result.ok ? `${message} ${byId(ids.status).textContent}` : strings.failed)
}

const fail = (message: string) => showMessage(byId(ids.error), message)

async function enable(publicKey: string | null): Promise<void> {
  if (!publicKey) return
  const registration = await Promise.race([navigator.serviceWorker.ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), workerWaitMs))])
  if (!registration) return fail(strings.notReady)
  let subscription: PushSubscription
  try {
    // Asks for the permission now, on the citizen's click.
    subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64urlToBytes(publicKey) })
  } catch {
    return Notification.permission === 'denied' ? void (await refresh(strings.denied)) : fail(strings.failed)
  }
  const { endpoint, keys } = subscription.toJSON()
  const result = await call(api.POST('/api/me/notifiche-push', { body: { endpoint: endpoint ?? '', keys: { p256dh: keys?.p256dh ?? '', auth: keys?.auth ?? '' }, label: deviceLabel() } }))
  if (!result.ok) {
    await subscription.unsubscribe()
    return fail(result.fields[0]?.message ?? result.message ?? strings.failed)
  }
  await refresh(strings.enabled)
}

async function disableHere(): Promise<void> {
  const here = await currentSubscription()
  const state = await call(api.GET('/api/me/notifiche-push'))
  const row = here && state.ok ? state.body.subscriptions.find((s) => s.endpoint === here.endpoint) : undefined
  if (row) await remove(row.id, true)
  else await here?.unsubscribe()
}

async function remove(id: number, here: boolean): Promise<void> {
  const result = await call(api.DELETE('/api/me/notifiche-push/{id}', { params: { path: { id } } }))
  if (!result.ok && result.status !== 404) return fail(result.message ?? strings.failed)
  if (here) await (await currentSubscription())?.unsubscribe()
  await refresh(here ? strings.disabled : strings.removed)
}

/** "Firefox su Android": enough for the citizen to tell their devices apart, nothing more. */
function deviceLabel(): string {
  const ua = navigator.userAgent
  const browser = /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : 'Browser'
  const system = /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Windows/.test(ua) ? 'Windows' : /Mac OS X/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : ''
  return system ? `${browser} su ${system}` : browser
}

function base64urlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=')
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
}
