import { z } from '@hono/zod-openapi'

/** base64url of exactly `bytes` bytes (the Push API's keys), with the Italian message the desk shows. */
const base64urlOf = (bytes: number, what: string) =>
  z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, `${what} non valida.`).refine((value) => Buffer.from(value, 'base64url').length === bytes, `${what} non valida.`)

const subscriptionView = z.object({
  id: z.number(), label: z.string(), endpoint: z.string(), createdAt: z.string(), lastSuccessAt: z.string().nullable(),
}).openapi('PushSubscription')

/** Request and response shapes of the desk's web push routes (api/routes/pushSubscriptions.ts). */
export const pushSubscriptionSchemas = {
  state: z.object({
    /** Whether the portal can send web push at all (a VAPID key is configured). */
    available: z.boolean(),
    /** The key browsers subscribe with (applicationServerKey); null when push is not available. */
    publicKey: z.string().nullable(),
    subscriptions: z.array(subscriptionView),
  }).openapi('PushState'),
  subscription: subscriptionView,
  /** PushSubscription.toJSON() as the browser gives it, and how the desk names the device. */
  subscribe: z.object({
    endpoint: z.string().trim().max(2000, 'Indirizzo del servizio push troppo lungo.').pipe(z.url({ error: 'Indirizzo del servizio push non valido.' })),
    keys: z.object({ p256dh: base64urlOf(65, 'Chiave del browser (p256dh)'), auth: base64urlOf(16, 'Segreto del browser (auth)') }),
    label: z.string().trim().max(100, 'Nome del dispositivo troppo lungo: al massimo 100 caratteri.').optional(),
  }).openapi('PushSubscribe'),
  idParam: z.object({ id: z.coerce.number({ error: 'Identificativo non valido.' }).int('Identificativo non valido.').positive('Identificativo non valido.').max(2 ** 31 - 1) }),
}

/** A subscribed browser as the desk lists it. */
export type PushSubscriptionView = z.output<typeof subscriptionView>
/** What the desk sends to opt a browser in. */
export type PushSubscribeInput = z.output<typeof pushSubscriptionSchemas.subscribe>
