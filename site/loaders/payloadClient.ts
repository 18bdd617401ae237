import { getPayload, type Payload } from 'payload'

import { closePayload } from '../../cms/closePayload'
import config from '../../cms/payload.config'

let client: Promise<Payload> | undefined

/** The build's Payload instance, read through the Local API with anonymous (public) access. */
export function payloadClient(): Promise<Payload> {
  client ??= getPayload({ config })
  return client
}

/** Closes the database connection once the build no longer needs it. */
export async function closePayloadClient(): Promise<void> {
  if (!client) return
  const payload = await client
  client = undefined
  await closePayload(payload)
}
