import { JWTAuthentication, type AuthStrategy, type Payload } from 'payload'

import { secondFactorDue, type StaffSession } from './secondFactor'

/**
 * The staff member a request's token belongs to, whether or not the session passed the second
 * factor: only the second-factor endpoints and views use it, to let a half-signed-in session finish.
 */
export async function tokenUser(payload: Payload, headers: Headers): Promise<StaffSession | null> {
  const { user } = await JWTAuthentication({ headers, payload, strategyName: 'local-jwt', isGraphQL: false, canSetHeaders: false })
  return user && user.collection === 'users' ? (user as unknown as StaffSession) : null
}

const gated = new WeakSet<Payload>()

/**
 * Makes Payload's own JWT strategy refuse a session that still owes its second factor (an admin
 * without one, or anyone who turned it on and has not typed a code yet): such a request is simply
 * not signed in, for the REST API, the admin pages and its server functions alike. Failing closed
 * here, rather than in each access rule, means no route can forget the check.
 */
export function requireSecondFactor(payload: Payload): void {
  if (gated.has(payload)) return
  gated.add(payload)
  payload.authStrategies = payload.authStrategies.map((strategy): AuthStrategy => {
    if (strategy.name !== 'local-jwt') return strategy
    return {
      name: strategy.name,
      authenticate: async (args) => {
        const result = await strategy.authenticate(args)
        const user = result.user as unknown as StaffSession | null
        if (user?.collection === 'users' && (await secondFactorDue(args.payload, user)) !== 'none') return { ...result, user: null }
        return result
      },
    }
  })
}
