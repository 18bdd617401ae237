// Migrates and seeds the database from content/ (idempotent), printing what it did.
import { getPayload } from 'payload'

import { closePayload } from '../cms/closePayload'
import config from '../cms/payload.config'
import { prepareDatabase } from '../cms/prepareDatabase'

const payload = await getPayload({ config })
const { seeded, admin } = await prepareDatabase(payload)
for (const [collection, { created, skipped }] of Object.entries(seeded)) {
  console.log(`${collection.padEnd(10)} creati ${String(created).padStart(3)}  già presenti ${String(skipped).padStart(3)}`)
}
if (admin) console.log(`Amministratore: ${admin.email} / ${admin.password}`)
await closePayload(payload)
