// `npm run backup -- <folder>`: a consistent backup of the running portal (database snapshot, then the data
// folder's files and secrets, then manifest.json) into a new or empty folder. See the README, *Backup and restore*.
import { getPayload } from 'payload'

import { takeBackup } from '../cms/backup/backup'
import { BackupError, describeBackup } from '../cms/backup/manifest'
import { closePayload } from '../cms/closePayload'
import { settingsOf } from '../cms/settings/cmsSettings'

const folder = process.argv[2]
if (!folder || folder.startsWith('-')) {
  console.error('Uso: npm run backup -- <cartella del backup>')
  process.exit(2)
}
const { default: config } = await import('../cms/payload.config')
const payload = await getPayload({ config })
try {
  const { dataDir, databaseUrl } = settingsOf(payload)
  const manifest = await takeBackup({ payload, dataDir, databaseUrl }, folder)
  console.log(`Backup completato in ${folder}\n${describeBackup(manifest)}`)
} catch (error) {
  if (!(error instanceof BackupError)) throw error
  console.error(`Backup non riuscito: ${error.message}`)
  process.exitCode = 1
} finally {
  await closePayload(payload)
}
process.exit()
