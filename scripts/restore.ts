// `npm run restore -- <folder> [--force]`: restores a backup of `npm run backup` into the data folder and the
// database the settings name (SPORTELLO_DATA_DIR, DATABASE_URL), which must be empty unless --force. The portal
// must not be running on them. See the README, *Backup and restore*.
import { BackupError, describeBackup } from '../cms/backup/manifest'
import { restoreBackup } from '../cms/backup/restore'
import { exitOnConfigError } from '../cms/settings/parseSettings'
import { loadCmsSettings } from '../cms/settings/cmsSettings'

const args = process.argv.slice(2)
const force = args.includes('--force')
const [folder, ...extra] = args.filter((arg) => arg !== '--force')
if (!folder || folder.startsWith('-') || extra.length > 0) {
  console.error('Uso: npm run restore -- <cartella del backup> [--force]')
  process.exit(2)
}
const { dataDir, databaseUrl } = exitOnConfigError(() => loadCmsSettings())
try {
  const manifest = await restoreBackup(folder, { dataDir, databaseUrl }, { force })
  console.log(`Ripristino completato in ${dataDir}: ogni file corrisponde al manifest.\n${describeBackup(manifest)}`)
} catch (error) {
  if (!(error instanceof BackupError)) throw error
  console.error(`Ripristino non riuscito: ${error.message}`)
  process.exitCode = 1
}
