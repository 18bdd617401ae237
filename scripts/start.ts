// `npm start`: prepares the database, builds the public site and the staff admin when needed,
// then runs the public server and the admin, printing their URLs. Ctrl-C stops everything.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { startDevMailServer } from '../api/devMailServer/server'
import { startPagopaStandIn } from '../api/pagopaStandIn/server'
import { startTestIdentityProvider } from '../api/testIdentityProvider/server'

import { closePayload } from '../cms/closePayload'
import { dataDir, rootDir } from '../cms/env'
import config from '../cms/payload.config'
import { prepareDatabase } from '../cms/prepareDatabase'
import { publishSite } from '../cms/publishing/publishSite'
import { siteFolders } from '../cms/publishing/siteFolders'
import { binPath, runCommand } from '../cms/publishing/runCommand'

const publicPort = Number(process.env.PORT ?? 3000)
const adminPort = Number(process.env.ADMIN_PORT ?? 3001)
const publicUrl = process.env.SPORTELLO_PUBLIC_URL ?? `http://localhost:${publicPort}`
const adminUrl = process.env.SPORTELLO_ADMIN_URL ?? `http://localhost:${adminPort}`
const siteOut = path.resolve(process.env.SPORTELLO_SITE_OUT ?? path.join(rootDir, 'dist'))
// Without a real SPID/CIE gateway or SMTP server configured, the demo runs local stand-ins.
const testIdp = !process.env.SPORTELLO_OIDC_ISSUER
const idpPort = Number(process.env.SPORTELLO_TEST_IDP_PORT ?? 3002)
const devMail = !process.env.SPORTELLO_SMTP_URL
const mailPort = Number(process.env.SPORTELLO_DEV_SMTP_PORT ?? 2525)
const devClientSecret = 'sportello-dev-secret-SOLO-PER-PROVE'
// Without a real pagoPA platform configured, the demo runs the local pagoPA stand-in (SPORTELLO_PAGOPA_STAND_IN=0 turns it off).
const pagopaStandIn = !process.env.SPORTELLO_PAGOPA_GPD_URL && process.env.SPORTELLO_PAGOPA_STAND_IN !== '0'
const pagopaPort = Number(process.env.SPORTELLO_PAGOPA_STAND_IN_PORT ?? 3003)
const devPagopaKeys = { apiKey: 'sportello-dev-gpd-SOLO-PER-PROVE', receiptKey: 'sportello-dev-ricevute-SOLO-PER-PROVE' }
const childEnv = {
  ...process.env, PORT: String(publicPort), SPORTELLO_PUBLIC_URL: publicUrl, SPORTELLO_ADMIN_URL: adminUrl,
  SPORTELLO_SITE_OUT: siteOut, SPORTELLO_SITE_DIR: siteFolders(siteOut).liveClientDir, SPORTELLO_DATA_DIR: dataDir(), NEXT_TELEMETRY_DISABLED: '1',
  ...(testIdp ? { SPORTELLO_OIDC_ISSUER: `http://localhost:${idpPort}`, SPORTELLO_OIDC_CLIENT_SECRET: devClientSecret } : {}),
  ...(devMail ? { SPORTELLO_SMTP_URL: `smtp://127.0.0.1:${mailPort}` } : {}),
  ...(pagopaStandIn
    ? {
        SPORTELLO_PAGOPA_GPD_URL: `http://localhost:${pagopaPort}/gpd/debt-positions-service/v1`, SPORTELLO_PAGOPA_CHECKOUT_URL: `http://localhost:${pagopaPort}/checkout/ec/v1`,
        SPORTELLO_PAGOPA_API_KEY: devPagopaKeys.apiKey, SPORTELLO_PAGOPA_RECEIPT_KEY: devPagopaKeys.receiptKey,
      }
    : {}),
}
Object.assign(process.env, childEnv)

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
const stopMail = devMail ? (await startDevMailServer({ port: mailPort, folder: mailFolder })).close : undefined
const idp = testIdp
  ? await startTestIdentityProvider({
      port: idpPort,
      client: { clientId: process.env.SPORTELLO_OIDC_CLIENT_ID ?? 'sportello', clientSecret: devClientSecret, redirectUris: [`${publicUrl}/api/auth/callback`], postLogoutRedirectUris: [`${publicUrl}/`] },
    })
  : undefined
const pagopa = pagopaStandIn
  ? await startPagopaStandIn({ port: pagopaPort, apiKey: devPagopaKeys.apiKey, creditor: { receiptUrl: `${publicUrl}/api/pagopa/ricevute`, receiptKey: devPagopaKeys.receiptKey } })
  : undefined
const children: ChildProcess[] = [
  launch('pubblico', binPath('tsx'), ['api/server.ts']),
  launch('admin', binPath('next'), ['start', 'cms', '-p', String(adminPort)]),
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
if (devMail) console.log(`  Posta in uscita (sviluppo):  ${mailFolder}`)
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
