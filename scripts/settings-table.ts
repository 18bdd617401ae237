// `npm run docs:settings`: writes the table of every setting into README.md (between its markers) from the settings schema.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { settingsTable, withSettingsTable } from '../api/settingsTable'
import { rootDir } from '../cms/env'

const readme = path.join(rootDir, 'README.md')
writeFileSync(readme, withSettingsTable(readFileSync(readme, 'utf8'), settingsTable()))
console.log(`Tabella delle impostazioni aggiornata in ${readme}`)
