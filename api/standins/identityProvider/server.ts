// Runs the test identity provider on its own HTTP port: oidc-provider's endpoints plus the login pages.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

import { loadTestIdentities, type TestIdentity } from './identities'
import { createInteractionHandler } from './interactions'
import { createTestIdentityProvider, defaultClientName, type TestClient } from './provider'

/** Options of startTestIdentityProvider. */
export type StartOptions = {
  /** 0 picks a free port; the issuer then follows it unless given. */
  port: number
  /** Defaults to 127.0.0.1: a provider that logs anyone in must not be reachable from the network by accident. */
  host?: string
  /** Defaults to http://localhost:<port>. */
  issuer?: string
  client: TestClient
  identities?: TestIdentity[]
}

/** A running test identity provider. */
export type RunningTestIdentityProvider = { url: string; close: () => Promise<void> }

// No scripts of ours; script-src is present so oidc-provider can allow, by hash, the one inline
// script of its auto-submitting forms. No framing: a login page must never be clickjacked.
const securityHeaders = {
  'Content-Security-Policy': "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Authorization codes travel in URLs: never leak them to another site as a Referer.
  'Referrer-Policy': 'no-referrer',
}

/** Starts the provider and its login pages on one HTTP server; resolves once it is listening. */
export async function startTestIdentityProvider(options: StartOptions): Promise<RunningTestIdentityProvider> {
  const identities = options.identities ?? loadTestIdentities()
  let handle: (req: IncomingMessage, res: ServerResponse) => unknown = (_req, res) => res.writeHead(503).end()
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value)
    return handle(req, res)
  })
  // Listen first: with port 0 the issuer can only be known once the port is.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve())
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('test identity provider: not listening on a TCP port')
  const url = options.issuer ?? `http://localhost:${address.port}`
  const provider = createTestIdentityProvider({ issuer: url, client: options.client, identities })
  const clientName = options.client.clientName ?? defaultClientName
  const interactions = createInteractionHandler({ provider, identities, clientName })
  const oidc = provider.callback()
  handle = (req, res) => (req.url?.startsWith('/interaction/') ? interactions(req, res) : oidc(req, res))
  return {
    url,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()))
      // Keep-alive connections from browsers or fetch would hold close() open.
      server.closeAllConnections()
    }),
  }
}
