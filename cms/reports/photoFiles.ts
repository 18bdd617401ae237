// STUB written by helper D so the back office compiles before helper A's core lands: on merge take A's file.
import type { Payload } from 'payload'

import type { Id } from './contract'

/** The re-encoded photo's bytes from the private folder, or null; access checks are the callers'. */
export async function readReportPhoto(_payload: Payload, _photoId: Id): Promise<Buffer | null> {
  return null
}
