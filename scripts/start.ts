// `npm start`: prepares the database, builds the public site and the staff admin when needed,
// then runs the public server and the admin, printing their URLs. Ctrl-C stops everything.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { exitOnConfigError } from '../api/config'
import { declaredDemoWarning, planStart } from '../api/standins/planStart'
import { startDevMailServer } from '../api/standins/mail/server'
import { startPagopaStandIn } from '../api/standins/pagopa/server'
import { startTestIdentityProvider } from '../api/standins/identityProvider/server'

import { closePayload } from '../cms/closePayload'
import { dataDir, rootDir } from '../cms/env'
import { prepareDatabase } from '../cms/prepareDatabase'
import { publishSite } from '../cms/publishing/publishSite'
import { siteFolders } from '../cms/publishing/siteFolders'
import { binPath, runCommand } from '../cms/publishing/runCommand'

const publicPort = Number(process.env.PORT ?? 3000)
const adminPort = Number(process.env.ADMIN_PORT ?? 3001)
// The admin listens on loopback only, for a reverse proxy on the same machine; ADMIN_HOST=0.0.0.0 (or an address) opens it wider.
const adminHost = process.env.ADMIN_HOST?.trim() || '127.0.0.1'
const publicUrl = process.env.SPORTELLO_PUBLIC_URL ?? `http://localhost:${publicPort}`
const adminUrl = process.env.SPORTELLO_ADMIN_URL ?? `http://localhost:${adminPort}`
const siteOut = path.resolve(process.env.SPORTELLO_SITE_OUT ?? path.join(rootDir, 'dist'))
// Stand-ins run only in the demo (api/standins/); a real deployment missing a setting stops here, before the database.
const plan = exitOnConfigError(() => planStart({
  ...process.env, PORT: String(publicPort), SPORTELLO_PUBLIC_URL: publicUrl, SPORTELLO_ADMIN_URL: adminUrl,
  SPORTELLO_SITE_OUT: siteOut, SPORTELLO_SITE_DIR: siteFolders(siteOut).liveClientDir, SPORTELLO_DATA_DIR: dataDir(), NEXT_TELEMETRY_DISABLED: '1',
}))
Object.assign(process.env, plan.env)
const { standIns } = plan
// A demo others can reach says so, loudly, before anything else and again under the addresses.
const declaredDemo = plan.config.demo.demo && plan.config.demo.reason === 'declared'
if (declaredDemo) console.log(declaredDemoWarning(publicUrl, standIns))
// Imported only now: the Payload config reads secrets from the data folder when it loads.
const { default: config } = await import('../cms/payload.config')

const step = (text: string) => console.log(`\n▸ ${text}`)

step('Preparazione del database (migrazioni e contenuti iniziali)')
const payload = await getPayload({ config })
const { seeded, admin } = await prepareDatabase(payload)
const created = Object.values(seeded).reduce((sum, s) => sum + s.created, 0)
console.log(created ? `  ${created} contenuti iniziali caricati` : '  contenuti già presenti: nulla da caricare')

if (process.env.SPORTELLO_SKIP_SITE_BUILD !== '1' || !siteFolders(siteOut).liveBuildId()) {
  step('Costruzione del sito pubblico')
  const build = await publishSite(payload, { outDir: siteOut, reason: 'avvio di Sportello' })
  if (build.status !== 'succeeded') {
    console.error(`  Costruzione non riuscita:\n${build.error}`)
    if (!siteFolders(siteOut).liveBuildId()) process.exit(1)
    console.error('  Resta in linea la versione precedente del sito.')
  } else {
    console.log(`  ${build.pages} pagine in ${((build.durationMs ?? 0) / 1000).toFixed(1)} s`)
  }
}
await closePayload(payload)

step('Pannello di amministrazione')
await buildAdminIfChanged()

step('Avvio dei server')
const mailFolder = path.join(dataDir(), 'posta-in-uscita')
const stopMail = standIns.mail ? (await startDevMailServer({ port: standIns.mail.port, folder: mailFolder })).close : undefined
const oidc = plan.config.oidc
const idp = standIns.identityProvider && oidc
  ? await startTestIdentityProvider({
      port: standIns.identityProvider.port,
      client: { clientId: oidc.clientId, clientSecret: standIns.identityProvider.clientSecret, redirectUris: [oidc.redirectUri], postLogoutRedirectUris: [`${publicUrl}/`] },
    })
  : undefined
const pagopa = standIns.pagopa
  ? await startPagopaStandIn({ port: standIns.pagopa.port, apiKey: standIns.pagopa.apiKey, creditor: { receiptUrl: `${publicUrl}/api/pagopa/ricevute`, receiptKey: standIns.pagopa.receiptKey } })
  : undefined
const children: ChildProcess[] = [
  launch('pubblico', binPath('tsx'), ['api/server.ts']),
  launch('admin', binPath('next'), ['start', 'cms', '-p', String(adminPort), '-H', adminHost]),
  launch('pubblicazione', binPath('tsx'), ['scripts/publisher.ts']),
]
let stopping = false
const stopAll = () => {
  if (stopping) return
  stopping = true
  console.log('\nArresto dei server…')
  for (const child of children) child.kill('SIGTERM')
  void idp?.close()
  void pagopa?.close()
  void stopMail?.()
  setTimeout(() => process.exit(0), 8_000).unref()
}
process.on('SIGINT', stopAll)
process.on('SIGTERM', stopAll)
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) console.error(`Un server si è fermato (codice ${code}): arresto anche gli altri.`)
    stopAll()
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(stopping ? 0 : 1)
  })
}

console.log(`
Sportello è avviato.
  Sito pubblico:              ${publicUrl}/
  Amministrazione (staff):    ${adminUrl}/admin
  Stato del server:           ${publicUrl}/api/health
  API (riferimento):          ${publicUrl}/api/docs`)
if (idp) {
  console.log(`  Provider di identità di TEST: ${idp.url} (solo identità fittizie: content/test-identities.json)`)
}
if (pagopa) console.log(`  pagoPA di PROVA (simulatore): ${pagopa.url} (nessun pagamento reale; avvisi stampati: ${pagopa.url}/psp)`)
if (standIns.mail) console.log(`  Posta in uscita (sviluppo):  ${mailFolder}`)
if (declaredDemo) console.log(`\n${declaredDemoWarning(publicUrl, standIns)}`)
if (admin) {
  console.log(`
  Primo amministratore creato (la password non verrà mostrata di nuovo):
    email:    ${admin.email}
    password: ${admin.password}`)
}
console.log('\nPremi Ctrl-C per fermare.')

function launch(name: string, command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { cwd: rootDir, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).map((l) => `[${name}] ${l}`).join('\n')
  child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)))
  return child
}

/** Builds the Next.js admin only when its sources or dependencies changed since the last build. */
async function buildAdminIfChanged(): Promise<void> {
  const stamp = path.join(rootDir, 'cms', '.next', 'sportello-sources.sha256')
  const hash = sourcesHash([path.join(rootDir, 'cms'), path.join(rootDir, 'package-lock.json')])
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(path.join(rootDir, 'cms', '.next', 'BUILD_ID'))) {
    console.log('  già costruito')
    return
  }
  console.log('  costruzione in corso (la prima volta richiede un paio di minuti)…')
  await runCommand(binPath('next'), ['build', 'cms'], { quiet: true, env: { ...process.env, NODE_OPTIONS: '--no-deprecation' } })
  writeFileSync(stamp, hash)
}

function sourcesHash(paths: string[]): string {
  const hash = createHash('sha256')
  const visit = (p: string) => {
    const stats = statSync(p)
    if (stats.isDirectory()) {
      for (const entry of readdirSync(p).sort()) if (entry !== '.next' && entry !== 'node_modules') visit(path.join(p, entry))
    } else {
      hash.update(p).update(readFileSync(p))
    }
  }
  for (const p of paths) visit(p)
  return hash.digest('hex')
}
