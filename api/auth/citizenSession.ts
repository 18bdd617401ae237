import type { Context, MiddlewareHandler } from 'hono'

import { ApiError } from '../errors'
import type { AppEnv } from '../openapi'
import { clearSessionCookie, readSessionCookie, type CookiePolicy } from './sessionCookie'
import { validateSessionToken, type SessionStore } from './sessions'

/** Reads the session cookie and puts the valid session (or null) on the context; drops a dead cookie. */
export function citizenSession(store: SessionStore, policy: CookiePolicy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c, policy)
    const session = token ? await validateSessionToken(store, token) : null
    if (token && !session) clearSessionCookie(c, policy)
    c.set('session', session)
    await next()
  }
}

/** Refuses the request with 401 unless a citizen is logged in. */
export const requireCitizen: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('session')) throw new ApiError('unauthenticated')
  await next()
}

/** The logged-in citizen's id, on a route behind requireCitizen (citizens' ids are numbers). */
export const sessionCitizenId = (c: Context<AppEnv>): number => c.get('session')!.citizenId as number
