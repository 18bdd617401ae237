import { getPayload, type Payload } from 'payload'

import { prepareDatabase } from '../prepareDatabase'
import type { FirstAdmin } from '../seed/ensureAdmin'

/** `npm start`: opens Payload with this process's settings, migrates, seeds and creates the first admin, saying what it did. */
export async function prepareDatabaseAtStart(): Promise<{ payload: Payload; admin: FirstAdmin | null }> {
  // Imported only now, after the settings were checked: the Payload config reads them, and the data folder's secrets, when it loads.
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  const { seeded, admin } = await prepareDatabase(payload)
  const created = Object.values(seeded).reduce((sum, s) => sum + s.created, 0)
  console.log(created ? `  ${created} contenuti iniziali caricati` : '  contenuti già presenti: nulla da caricare')
  return { payload, admin }
}
