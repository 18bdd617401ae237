// `npm start`: checks the settings, prepares the database, builds the public site and the staff admin
// when needed, starts the demo's stand-ins and the servers, and prints their addresses. Ctrl-C stops everything.
import { exitOnConfigError } from '../api/config'
import { planStart } from '../api/standins/planStart'
import { startStandIns } from '../api/standins/startStandIns'
import { closePayload } from '../cms/closePayload'
import { settingsOf } from '../cms/settings/cmsSettings'
import { buildAdminIfChanged } from '../cms/start/buildAdminIfChanged'
import { buildSiteAtStart, siteBuildNeeded } from '../cms/start/buildSiteAtStart'
import { prepareDatabaseAtStart } from '../cms/start/prepareDatabaseAtStart'
import { startedMessage } from '../cms/start/startedMessage'
import { startServers } from '../cms/start/startServers'

const step = (text: string) => console.log(`\n▸ ${text}`)

// A real deployment missing a setting stops here, before the database; stand-ins run only in the demo.
const plan = exitOnConfigError(() => planStart())
// Every process of the portal reads the same settings: this one's Payload config and the servers it starts.
Object.assign(process.env, plan.env)
// A demo others can reach says so, loudly, before anything else and again under the addresses.
if (plan.warning) console.log(plan.warning)

step('Preparazione del database (migrazioni e contenuti iniziali)')
const { payload, admin } = await prepareDatabaseAtStart()
const settings = settingsOf(payload)
if (siteBuildNeeded(settings)) {
  step('Costruzione del sito pubblico')
  await buildSiteAtStart(payload, settings.siteOut)
}
await closePayload(payload)

step('Pannello di amministrazione')
await buildAdminIfChanged()

step('Avvio dei server')
const standIns = await startStandIns(plan)
startServers({ env: standIns.settings, adminPort: settings.adminPort, adminHost: settings.adminHost, onStop: standIns.close })

console.log(startedMessage({ publicUrl: plan.env.SPORTELLO_PUBLIC_URL, adminUrl: plan.env.SPORTELLO_ADMIN_URL, standIns: standIns.addresses, warning: plan.warning, admin }))
