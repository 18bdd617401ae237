// Starts the stand-ins a start plan chose (api/standins/planStart.ts): in the demo only, each in place of a real service that is not set.
import { createPublicKey } from 'node:crypto'
import { readFileSync } from 'node:fs'

import type { Env } from '../../cms/settings/parseSettings'
import { demoPdndClient } from './anpr/demoClient'
import { startAnprStandIn } from './anpr/server'
import { startTestIdentityProvider } from './identityProvider/server'
import { startIoStandIn } from './io/server'
import { startDevMailServer } from './mail/server'
import { startPagopaStandIn } from './pagopa/server'
import { standInSettings, type StartPlan } from './planStart'

/** Running stand-ins: the settings that point the portal at them, one line per stand-in to show, and how to stop them all. */
export type RunningStandIns = { settings: Env; addresses: string[]; close: () => Promise<void> }

/** Starts the plan's stand-ins on their ports; resolves once all of them listen. */
export async function startStandIns({ standIns, config }: StartPlan): Promise<RunningStandIns> {
  const { identityProvider, mail, pagopa, anpr, io } = standIns
  const mailServer = mail && (await startDevMailServer(mail))
  const idp = identityProvider && config.oidc
    ? await startTestIdentityProvider({
        port: identityProvider.port,
        client: { clientId: config.oidc.clientId, clientSecret: identityProvider.clientSecret, redirectUris: [config.oidc.redirectUri], postLogoutRedirectUris: [new URL('/', config.publicUrl).href] },
      })
    : undefined
  const pagopaStandIn = pagopa
    ? await startPagopaStandIn({ port: pagopa.port, apiKey: pagopa.apiKey, creditor: { receiptUrl: new URL('/api/pagopa/ricevute', config.publicUrl).href, receiptKey: pagopa.receiptKey } })
    : undefined
  const { clientId, kid, purposeId, pdndAudience, eserviceAudience } = demoPdndClient
  const anprStandIn = anpr
    ? await startAnprStandIn({ port: anpr.port, pdndAudience, eserviceAudience, client: { clientId, kid, purposeId, publicKey: createPublicKey(readFileSync(anpr.keyFile, 'utf8')) } })
    : undefined
  const ioStandIn = io ? await startIoStandIn({ port: io.port, apiKey: io.apiKey }) : undefined
  const addresses = [
    idp && `Provider di identità di TEST: ${idp.url} (solo identità fittizie: content/test-identities.json)`,
    pagopaStandIn && `pagoPA di PROVA (simulatore): ${pagopaStandIn.url} (nessun pagamento reale; avvisi stampati: ${pagopaStandIn.url}/psp)`,
    anprStandIn && `ANPR di PROVA (simulatore, dati fittizi): ${anprStandIn.url} (residenti: content/registry.json)`,
    ioStandIn && `IO di PROVA (simulatore): ${ioStandIn.url} (cosa ha ricevuto l’app IO di ogni cittadino di prova: ${ioStandIn.url}/messaggi)`,
    mail && `Posta in uscita (sviluppo):  ${mail.folder}`,
  ].filter((line): line is string => Boolean(line))
  return {
    settings: standInSettings(standIns),
    addresses,
    close: async () => void (await Promise.all([idp?.close(), pagopaStandIn?.close(), anprStandIn?.close(), ioStandIn?.close(), mailServer?.close()])),
  }
}
