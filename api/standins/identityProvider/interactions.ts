// The interaction routes oidc-provider sends the browser to: show the login page, log the chosen
// identity in, or abort. They are bound to the interaction cookie oidc-provider sets for that one
// uid, which is what stops another site from completing someone else's login with a forged POST.
import type { IncomingMessage, ServerResponse } from 'node:http'

import { errors } from 'oidc-provider'
import type Provider from 'oidc-provider'

import { isValidFiscalCode } from './fiscalCode'
import type { TestIdentity } from './identities'
import { loginModes, toLoginModeId } from './loginModes'
import { loginErrorPageHtml, loginPageHtml } from './loginPage'
import { messages } from './messages'

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>

/** What the interaction routes work with. */
export type InteractionDeps = { provider: Provider; identities: TestIdentity[]; clientName: string }

const ROUTE = /^\/interaction\/([A-Za-z0-9_-]+)(\/login|\/abort)?$/
const MAX_FORM_BYTES = 4096

/** The Node handler for /interaction/:uid, /interaction/:uid/login and /interaction/:uid/abort. */
export function createInteractionHandler(deps: InteractionDeps): NodeHandler {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://idp.invalid')
    const match = ROUTE.exec(url.pathname)
    if (!match) return sendHtml(res, 404, loginErrorPageHtml(messages.notFoundTitle))
    const [, uid, action] = match
    const expected = action ? 'POST' : 'GET'
    if (req.method !== expected) {
      res.setHeader('Allow', expected)
      return sendHtml(res, 405, loginErrorPageHtml(messages.requestRejected))
    }
    try {
      const details = await deps.provider.interactionDetails(req, res)
      // The cookie names the live interaction; a URL for another one is an old tab or a forged link.
      if (details.uid !== uid) throw new errors.SessionNotFound('interaction uid does not match its cookie')
      if (action === '/abort') {
        const result = { error: 'access_denied', error_description: messages.cancelledByUser }
        return redirect(res, await deps.provider.interactionResult(req, res, result, { mergeWithLastSubmission: false }))
      }
      if (details.prompt.name === 'consent') return redirect(res, await grantConsent(deps.provider, details, req, res))
      if (details.prompt.name !== 'login') throw new Error(`unsupported prompt ${details.prompt.name}`)
      // The portal's idp_hint (which button the citizen pressed) picks the first mode; the tester may change it.
      const hint = details.params.idp_hint
      if (!action) {
        const mode = toLoginModeId(url.searchParams.get('modo'), hint)
        return sendHtml(res, 200, loginPageHtml({ uid, clientName: deps.clientName, identities: deps.identities, mode }))
      }
      return await logIn(deps, uid, hint, req, res)
    } catch (error) {
      if (error instanceof errors.SessionNotFound) {
        return sendHtml(res, 400, loginErrorPageHtml(messages.interactionExpired, error.error))
      }
      console.error('[idp di prova] errore in una interazione', error)
      return sendHtml(res, 500, loginErrorPageHtml(messages.unexpectedError))
    }
  }
}

async function logIn(deps: InteractionDeps, uid: string, hint: unknown, req: IncomingMessage, res: ServerResponse) {
  const form = await readForm(req)
  if (!form) return sendHtml(res, 413, loginErrorPageHtml(messages.requestRejected))
  const mode = toLoginModeId(form.get('modo'), hint)
  const typed = form.get('fiscal_code') ?? ''
  const fiscalCode = typed.replace(/\s+/g, '').toUpperCase()
  const identity = deps.identities.find((p) => p.fiscalCode === fiscalCode)
  if (!identity) {
    const error = !fiscalCode ? messages.fiscalCodeMissing
      : isValidFiscalCode(fiscalCode) ? messages.fiscalCodeUnknown : messages.fiscalCodeInvalid
    const page = loginPageHtml({ uid, clientName: deps.clientName, identities: deps.identities, mode, typedFiscalCode: typed, error })
    return sendHtml(res, 400, page)
  }
  // remember: false keeps the provider's session to the browser session, like a test login should.
  // The level goes in acr, the identity system in amr: the ID token claims the portal reads.
  const { acr, method } = loginModes[mode]
  const result = { login: { accountId: identity.sub, acr, amr: [method], remember: false } }
  redirect(res, await deps.provider.interactionResult(req, res, result, { mergeWithLastSubmission: false }))
}

type InteractionDetails = Awaited<ReturnType<Provider['interactionDetails']>>

/** Consent only reaches the browser when the portal sends prompt=consent: grant it at once, like loadExistingGrant. */
async function grantConsent(provider: Provider, details: InteractionDetails, req: IncomingMessage, res: ServerResponse) {
  const grant = (details.grantId && await provider.Grant.find(details.grantId))
    || new provider.Grant({ clientId: String(details.params.client_id), accountId: details.session?.accountId })
  const { missingOIDCScope, missingOIDCClaims } = details.prompt.details
  if (Array.isArray(missingOIDCScope)) grant.addOIDCScope(missingOIDCScope.join(' '))
  if (Array.isArray(missingOIDCClaims)) grant.addOIDCClaims(missingOIDCClaims)
  // Merged with the login just submitted, so the SPID re-authentication check sees it and does not ask again.
  return provider.interactionResult(req, res, { consent: { grantId: await grant.save() } })
}

/** The urlencoded form of a POST, or null when it is larger than any login form can be. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams | null> {
  if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return new URLSearchParams()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const bytes = Buffer.from(chunk)
    size += bytes.length
    if (size > MAX_FORM_BYTES) return null
    chunks.push(bytes)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Content-Length': '0' }).end()
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html)
}
