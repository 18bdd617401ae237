import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'

import { AssuranceError } from '../auth/assurance'
import { loginStateSealer, safeReturnPath } from '../auth/loginState'
import { IdentityProviderError, type OidcClient, type OidcSettings } from '../auth/oidc'
import { clearSessionCookie, readSessionCookie, setSessionCookie, type CookiePolicy } from '../auth/sessionCookie'
import { createSession, validateSessionToken, type SessionStore } from '../auth/sessions'
import type { CitizenStore } from '../data/citizens'
import { ApiError } from '../errors'
import type { RateLimit } from '../middleware/rateLimit'
import { errorResponse, newRouter, type AppEnv } from '../openapi'
import { claimsToIdentity, upsertCitizen } from '../services/citizens'

/** What the login routes need. */
export type AuthDeps = {
  oidc: { client: OidcClient; settings: OidcSettings } | null
  sessions: SessionStore
  citizens: CitizenStore
  cookies: CookiePolicy
  secret: string
  /** The portal's own address: return paths after login must resolve to its origin. */
  publicUrl: URL
  /** Logins per client address per ten minutes (callbacks get half as many again). */
  rateLimit: number
  /** The public server's rate limits, per client address (api/middleware/rateLimit.ts). */
  limits: RateLimit
}

const loginCookie = 'sportello_accesso'
const deskWith = (outcome: string) => `/area-personale/?accesso=${outcome}`

const loginRoute = createRoute({
  method: 'get', path: '/login', tags: ['Accesso'], summary: 'Avvia l’accesso con SPID o CIE (reindirizza al provider di identità)',
  // A return path too long to keep only sends the citizen to the desk: the login itself still works.
  request: { query: z.object({ via: z.enum(['spid', 'cie']).default('spid'), ritorno: z.string().max(4096).optional() }) },
  responses: { 302: { description: 'Reindirizzamento al provider di identità' }, 503: errorResponse('Accesso non configurato o provider di identità non raggiungibile') },
})
const callbackRoute = createRoute({
  method: 'get', path: '/callback', tags: ['Accesso'], summary: 'Ritorno dal provider di identità (authorization code)',
  request: { query: z.object({ code: z.string().max(2048).optional(), state: z.string().max(512).optional(), error: z.string().max(200).optional() }) },
  responses: { 302: { description: 'Reindirizzamento all’area personale' } },
})
const logoutRoute = createRoute({
  method: 'post', path: '/logout', tags: ['Accesso'], summary: 'Esce da questo dispositivo',
  responses: { 204: { description: 'Sessione chiusa' }, 303: { description: 'Sessione chiusa (modulo HTML)' } },
})
const logoutEverywhereRoute = createRoute({
  method: 'post', path: '/logout-everywhere', tags: ['Accesso'], summary: 'Esce da tutti i dispositivi',
  responses: { 204: { description: 'Tutte le sessioni chiuse' }, 303: { description: 'Tutte le sessioni chiuse (modulo HTML)' }, 401: errorResponse('Non autenticato') },
})

/** /api/auth/*: SPID/CIE login through OpenID Connect, and logout. */
export function authRoutes(deps: AuthDeps) {
  const sealer = loginStateSealer(deps.secret)
  const router = newRouter()
  router.use('/login', deps.limits('accesso', deps.rateLimit, 10 * 60_000))
  router.use('/callback', deps.limits('ritorno-accesso', Math.ceil(deps.rateLimit * 1.5), 10 * 60_000))

  router.openapi(loginRoute, async (c) => {
    if (!deps.oidc) throw new ApiError('unavailable', 'L’accesso con SPID e CIE non è configurato su questo portale.')
    const { via, ritorno } = c.req.valid('query')
    const { url, state } = await deps.oidc.client.startLogin(safeReturnPath(ritorno, deps.publicUrl), via).catch((error: unknown) => {
      // The provider's address and the kind of failure only: nothing of the citizen.
      console.warn('[accesso] provider di identità non raggiungibile:', String((error as Error).message).slice(0, 200))
      throw new ApiError('unavailable', 'Il servizio di accesso SPID/CIE non risponde. Riprova tra qualche minuto.', [], 60)
    })
    setCookie(c, loginCookie, await sealer.seal(state), { httpOnly: true, sameSite: 'Lax', path: '/api/auth', maxAge: sealer.maxAgeSeconds, secure: deps.cookies.secure })
    return c.redirect(url.toString(), 302)
  })

  router.openapi(callbackRoute, async (c) => {
    const state = await sealer.open(getCookie(c, loginCookie))
    deleteCookie(c, loginCookie, { path: '/api/auth', secure: deps.cookies.secure })
    const query = c.req.valid('query')
    if (!deps.oidc || !state) return c.redirect(deskWith('scaduto'), 302)
    if (query.error) return c.redirect(deskWith(query.error === 'access_denied' ? 'annullato' : 'errore'), 302)
    const callbackUrl = new URL(deps.oidc.settings.redirectUri)
    callbackUrl.search = new URL(c.req.url).search
    try {
      const { claims, method } = await deps.oidc.client.finishLogin(callbackUrl, state)
      const citizen = await upsertCitizen(deps.citizens, claimsToIdentity(claims))
      await endCurrentSession(c, deps)
      const { token, session } = await createSession(deps.sessions, citizen.id, method)
      setSessionCookie(c, deps.cookies, token, session.expiresAt)
      return c.redirect(state.returnTo, 302)
    } catch (error) {
      // No personal data in logs: only the kind of failure.
      if (error instanceof IdentityProviderError || error instanceof AssuranceError) console.warn('[accesso] login non riuscito:', error.message.slice(0, 200))
      else if (!(error instanceof ApiError)) throw error
      return c.redirect(deskWith(error instanceof IdentityProviderError ? 'errore' : 'non-valido'), 302)
    }
  })

  router.openapi(logoutRoute, async (c) => {
    await endCurrentSession(c, deps)
    return leave(c)
  })

  router.openapi(logoutEverywhereRoute, async (c) => {
    const session = c.get('session')
    if (!session) throw new ApiError('unauthenticated')
    await deps.sessions.deleteAllOf(session.citizenId)
    clearSessionCookie(c, deps.cookies)
    return leave(c)
  })
  return router
}

/** A new login always gets a new session: any session the browser already had is ended first. */
async function endCurrentSession(c: Context<AppEnv>, deps: AuthDeps): Promise<void> {
  const token = readSessionCookie(c, deps.cookies)
  const session = token ? await validateSessionToken(deps.sessions, token) : null
  if (session) await deps.sessions.delete(session.sessionId)
  clearSessionCookie(c, deps.cookies)
}

/** HTML forms go back to the home page; API clients get 204. */
function leave(c: Context<AppEnv>) {
  if (c.req.header('accept')?.includes('text/html')) return c.redirect('/area-personale/?accesso=uscita', 303)
  return c.body(null, 204)
}
