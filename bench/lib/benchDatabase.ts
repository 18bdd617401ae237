import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

/** A throw-away data folder with a migrated, seeded SQLite database for one benchmark run. */
export async function seededBenchDatabase(): Promise<{ payload: Payload; dataDir: string; env: Record<string, string> }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sportello-bench-'))
  const env = { SPORTELLO_DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'bench.db')}` }
  Object.assign(process.env, env)
  // Imported only now: the Payload config reads the database location when it loads.
  const [{ getPayload }, { default: config }, { prepareDatabase }] = await Promise.all([
    import('payload'),
    import('../../cms/payload.config'),
    import('../../cms/prepareDatabase'),
  ])
  const payload = await getPayload({ config })
  await prepareDatabase(payload)
  return { payload, dataDir, env }
}
