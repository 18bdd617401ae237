// `npm start`: checks the settings, prepares the database, builds the public site and the staff admin
// when needed, starts the demo's stand-ins and the servers, and prints their addresses. Ctrl-C stops everything.
import { exitOnConfigError } from '../api/config'
import { planStart } from '../api/standins/planStart'
import { startStandIns } from '../api/standins/startStandIns'
import { nginxFront } from '../api/static/nginxFront'
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
if (settings.publicProcesses > 1 && !settings.front) {
  console.error('SPORTELLO_PUBLIC_PROCESSES maggiore di 1 richiede SPORTELLO_NGINX: più processi pubblici stanno dietro a nginx.')
  process.exit(1)
}
if (siteBuildNeeded(settings)) {
  step('Costruzione del sito pubblico')
  await buildSiteAtStart(payload, settings.siteOut)
}
await closePayload(payload)

step('Pannello di amministrazione')
await buildAdminIfChanged()

step('Avvio dei server')
const standIns = await startStandIns(plan)
const front = settings.front ? await nginxFront(plan.config, settings.front, settings.dataDir) : undefined
if (front) console.log(`nginx davanti a ${front.publicServers.length} processi del server pubblico (${front.upstreams.map((u) => ('socket' in u ? `socket ${u.socket}` : `porta ${u.port}`)).join(', ')})`)
startServers({ env: standIns.settings, adminPort: settings.adminPort, adminHost: settings.adminHost, onStop: standIns.close, front })

console.log(startedMessage({ publicUrl: plan.env.SPORTELLO_PUBLIC_URL, adminUrl: plan.env.SPORTELLO_ADMIN_URL, standIns: standIns.addresses, warning: plan.warning, admin }))
