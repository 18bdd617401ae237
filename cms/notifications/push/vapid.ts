// The portal's VAPID identity (RFC 8292): one P-256 key pair that push services know the portal by.
// Only the private key is a setting; the public key the browsers subscribe with is derived from it,
// so the two can never disagree.
import { createECDH } from 'node:crypto'

/** The key pair in the form web-push and the browsers' PushManager take it (base64url). */
export type VapidKeys = { publicKey: string; privateKey: string }

/** Web push as configured: the private key and the contact push services may write to. */
export type PushSettings = { privateKey: string; subject: string }

/** Thrown when SPORTELLO_VAPID_PRIVATE_KEY is no P-256 private key. */
export class VapidKeyError extends Error {
  constructor() {
    super('SPORTELLO_VAPID_PRIVATE_KEY non è una chiave privata P-256 valida (genera una coppia con: npx web-push generate-vapid-keys).')
    this.name = 'VapidKeyError'
  }
}

/** The key pair of a base64url P-256 private key (32 bytes); VapidKeyError when it is none. */
export function privateKeyToVapidKeys(privateKey: string): VapidKeys {
  const raw = Buffer.from(privateKey, 'base64url')
  if (raw.length !== 32) throw new VapidKeyError()
  try {
    const ecdh = createECDH('prime256v1')
    ecdh.setPrivateKey(raw)
    return { publicKey: ecdh.getPublicKey().toString('base64url'), privateKey }
  } catch {
    // Zero, or not below the curve's order.
    throw new VapidKeyError()
  }
}
