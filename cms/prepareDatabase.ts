import path from 'node:path'

import type { Payload } from 'payload'

import { rootDir } from './env'
import { ensureAdmin, type FirstAdmin } from './seed/ensureAdmin'
import { seedContent, type SeedReport } from './seed/seedContent'
import { settingsOf } from './settings/cmsSettings'

/** What preparing the database did: the seed report and, on a fresh database, the first admin. */
export type Preparation = { seeded: SeedReport; admin: FirstAdmin | null }

/** Applies pending migrations, seeds content/ and creates the first admin of the settings: safe to run at every start. */
export async function prepareDatabase(payload: Payload, contentDir = path.join(rootDir, 'content')): Promise<Preparation> {
  await payload.db.migrate()
  const seeded = await seedContent(payload, contentDir)
  const admin = await ensureAdmin(payload, settingsOf(payload).firstAdmin)
  return { seeded, admin }
}
