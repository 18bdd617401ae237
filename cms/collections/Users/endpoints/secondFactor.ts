import { headersWithCors, type Endpoint, type PayloadRequest } from 'payload'
import { generateExpiredPayloadCookie } from 'payload/shared'

import { hasRole } from '../../../access/roles'
import { clientAddress, loginFailureMessage, loginThrottle } from '../../../auth/loginThrottle'
import {
  completeEnrolment, isSessionVerified, loadSecrets, markSessionVerified, recoveryCodesLeft, removeSecondFactor, startEnrolment, useSecondFactorCode,
  type StaffSession,
} from '../../../auth/secondFactor'
import { tokenUser } from '../../../auth/sessionGate'
import { totpUri } from '../../../auth/totp'

const messages = {
  signedOut: 'Accedi di nuovo con email e password.',
  verifyFirst: 'Prima inserisci il codice della verifica in due passaggi.',
  notEnabled: 'La verifica in due passaggi non è attiva per questo account.',
  noEnrolment: 'Avvia di nuovo la configurazione: non c’è una chiave in attesa di conferma.',
  wrongSetupCode: 'Codice non valido. Controlla che l’ora del telefono sia esatta e inserisci il codice che l’app mostra ora.',
  adminsKeepIt: 'Per gli amministratori la verifica in due passaggi è obbligatoria: non si può disattivare.',
  adminsOnly: 'Solo un amministratore può azzerare la verifica in due passaggi di un altro account.',
  noSuchAccount: 'Account non trovato.',
  verified: 'Accesso verificato.',
  removed: 'Verifica in due passaggi disattivata.',
  reset: 'Verifica in due passaggi azzerata: al prossimo accesso l’account dovrà configurarla di nuovo.',
  signedOutOk: 'Sei uscito.',
} as const

function answer(req: PayloadRequest, body: Record<string, unknown>, status = 200, headers = new Headers()): Response {
  return Response.json(body, { status, headers: headersWithCors({ headers, req }) })
}

async function codeFrom(req: PayloadRequest): Promise<string> {
  const body: unknown = await req.json?.().catch(() => null)
  const code = body && typeof body === 'object' && 'code' in body ? (body as { code: unknown }).code : undefined
  return typeof code === 'string' ? code.trim() : ''
}

type Handler = (req: PayloadRequest, user: StaffSession) => Promise<Response>

/** Runs a handler for the session behind the request's token, even if it still owes its second factor. */
function forSession(handler: Handler, options: { verified?: boolean } = {}): Endpoint['handler'] {
  return async (req) => {
    const user = await tokenUser(req.payload, req.headers)
    if (!user) return answer(req, { message: messages.signedOut }, 401)
    if (options.verified && !(await isSessionVerified(req.payload, user)) && (user.secondFactorEnabled || hasRole({ ...user, collection: 'users' }, 'admin'))) {
      return answer(req, { message: messages.verifyFirst }, 403)
    }
    return handler(req, user)
  }
}

/** Whoever has a second factor cannot replace it from a session that has not passed it (a stolen password is not enough). */
async function mayEnrol(req: PayloadRequest, user: StaffSession): Promise<boolean> {
  return !user.secondFactorEnabled || (await isSessionVerified(req.payload, user))
}

/** The second step of signing in, and managing one's own second factor (REST: /api/users/second-factor/…). */
export const secondFactorEndpoints: Endpoint[] = [
  {
    path: '/second-factor/verify', method: 'post',
    handler: forSession(async (req, user) => {
      const throttle = loginThrottle(req.payload)
      const address = clientAddress(req.headers)
      const account = await loadSecrets(req.payload, user.id)
      if (!account?.secondFactorEnabled) return answer(req, { message: messages.notEnabled }, 409)
      if (!(await throttle.attempt(user.email, address))) return answer(req, { message: loginFailureMessage }, 429)
      if (!(await useSecondFactorCode(req.payload, account, await codeFrom(req)))) return answer(req, { message: loginFailureMessage }, 401)
      await throttle.succeeded(user.email, address)
      await markSessionVerified(req.payload, user)
      return answer(req, { message: messages.verified, recoveryCodesLeft: await recoveryCodesLeft(req.payload, account) })
    }),
  },
  {
    path: '/second-factor/setup', method: 'post',
    handler: forSession(async (req, user) => {
      if (!(await mayEnrol(req, user))) return answer(req, { message: messages.verifyFirst }, 403)
      const secret = await startEnrolment(req.payload, user.id)
      return answer(req, { secret, uri: totpUri(secret, user.email) })
    }),
  },
  {
    path: '/second-factor/confirm', method: 'post',
    handler: forSession(async (req, user) => {
      if (!(await mayEnrol(req, user))) return answer(req, { message: messages.verifyFirst }, 403)
      const throttle = loginThrottle(req.payload)
      const address = clientAddress(req.headers)
      const account = await loadSecrets(req.payload, user.id)
      if (!account?.totpPendingSecret) return answer(req, { message: messages.noEnrolment }, 409)
      if (!(await throttle.attempt(user.email, address))) return answer(req, { message: loginFailureMessage }, 429)
      const recoveryCodes = await completeEnrolment(req.payload, account, await codeFrom(req))
      if (!recoveryCodes) return answer(req, { message: messages.wrongSetupCode }, 400)
      await throttle.succeeded(user.email, address)
      await markSessionVerified(req.payload, user)
      return answer(req, { message: messages.verified, recoveryCodes })
    }),
  },
  {
    path: '/second-factor/disable', method: 'post',
    handler: forSession(async (req, user) => {
      if (hasRole({ ...user, collection: 'users' }, 'admin')) return answer(req, { message: messages.adminsKeepIt }, 403)
      const account = await loadSecrets(req.payload, user.id)
      if (!account?.secondFactorEnabled) return answer(req, { message: messages.notEnabled }, 409)
      if (!(await useSecondFactorCode(req.payload, account, await codeFrom(req)))) return answer(req, { message: loginFailureMessage }, 401)
      await removeSecondFactor(req.payload, user.id)
      return answer(req, { message: messages.removed })
    }, { verified: true }),
  },
  {
    path: '/second-factor/reset/:id', method: 'post',
    handler: forSession(async (req, user) => {
      if (!hasRole({ ...user, collection: 'users' }, 'admin')) return answer(req, { message: messages.adminsOnly }, 403)
      const id = req.routeParams?.id
      const account = typeof id === 'string' || typeof id === 'number' ? await loadSecrets(req.payload, id) : null
      if (!account) return answer(req, { message: messages.noSuchAccount }, 404)
      await removeSecondFactor(req.payload, account.id)
      return answer(req, { message: messages.reset })
    }, { verified: true }),
  },
  {
    // Payload's own logout needs a fully signed-in user; this one also ends a half-signed-in session.
    path: '/second-factor/logout', method: 'post',
    handler: forSession(async (req, user) => {
      const sessions = (user.sessions ?? []).filter((session) => session.id !== user._sid)
      await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { sessions }, returning: false })
      const collection = req.payload.collections.users
      const expired = generateExpiredPayloadCookie({ collectionAuthConfig: collection.config.auth, cookiePrefix: req.payload.config.cookiePrefix })
      return answer(req, { message: messages.signedOutOk }, 200, new Headers({ 'Set-Cookie': expired }))
    }),
  },
]
