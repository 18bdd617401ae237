import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { clientAddress, LoginRefusedError, loginThrottle } from '../../../auth/loginThrottle'

const hashLikePayload = promisify(pbkdf2)

/**
 * Every sign-in attempt (admin form, REST, Local API) counts against the client address and the
 * account at that address; past the limit it is refused with the same message as a wrong password.
 * An unknown email costs the same hashing time as a known one, so timing tells nothing either.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = typeof args.data?.email === 'string' ? args.data.email.trim().toLowerCase() : ''
  const password = typeof args.data?.password === 'string' ? args.data.password : ''
  if (!email || !password) return args
  if (!(await loginThrottle(req.payload).attempt(email, clientAddress(req.headers)))) throw new LoginRefusedError(true)
  const known = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: email } } })
  // The parameters of Payload's current password hash (pbkdf2-sha256-v1: 600,000 rounds, 32 bytes).
  if (!known) await hashLikePayload(password, 'sportello-nessun-utente', 600_000, 32, 'sha256')
  return args
}

/** A successful sign-in forgets the failures of that account at that address. */
export const forgetLoginFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  await loginThrottle(req.payload).succeeded(String(user.email), clientAddress(req.headers))
  return user
}
