import { ValidationError, type Payload, type Where } from 'payload'

import { hasRole } from '../access/roles'
import { hashRecoveryCode, looksLikeRecoveryCode, matchRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep } from './totp'

/** The collection of one-time marks: verified sessions, used TOTP steps, used recovery codes. */
export const marksSlug = 'second-factor-marks'

type Id = number | string
/** A signed-in staff member as the JWT strategy builds it (the session id in `_sid`). */
export type StaffSession = { id: Id; email: string; roles?: readonly string[] | null; secondFactorEnabled?: boolean | null; sessions?: { id: string }[] | null; _sid?: string; collection?: string }
/** The stored second-factor state of an account, hidden fields included: never send it anywhere. */
type StaffSecrets = { id: Id; email: string; roles?: string[] | null; secondFactorEnabled?: boolean | null; totpSecret?: string | null; totpPendingSecret?: string | null; recoveryCodes?: unknown }

/** Admins must have a second factor; any other staff member who turned it on must use it. */
export function requiresSecondFactor(user: StaffSession): boolean {
  return Boolean(user.secondFactorEnabled) || hasRole({ ...user, collection: 'users' }, 'admin')
}

/** What a session still owes: nothing, a code (`verify`), or enrolment first (`setup`). */
export async function secondFactorDue(payload: Payload, user: StaffSession): Promise<'none' | 'verify' | 'setup'> {
  if (!requiresSecondFactor(user)) return 'none'
  if (await isSessionVerified(payload, user)) return 'none'
  return user.secondFactorEnabled ? 'verify' : 'setup'
}

/** True when this very session (the JWT's `sid`) passed the second factor. */
export async function isSessionVerified(payload: Payload, user: StaffSession): Promise<boolean> {
  if (!user._sid) return false
  const mark = await payload.db.findOne({ collection: marksSlug, where: { key: { equals: sessionKey(user._sid) } } })
  return Boolean(mark)
}

/** Records that this session passed the second factor, and forgets the marks of sessions that ended. */
export async function markSessionVerified(payload: Payload, user: StaffSession): Promise<void> {
  if (!user._sid) throw new Error('Sessione senza identificativo: la verifica in due passaggi richiede le sessioni di Payload.')
  await recordOnce(payload, user.id, sessionKey(user._sid), 'session')
  const live = (user.sessions ?? []).map((session) => sessionKey(session.id))
  await payload.db.deleteMany({ collection: marksSlug, where: { and: [ofUser(user.id, 'session'), { key: { not_in: live } }] } })
}

/** Reads an account's second-factor state, secrets included (for the checks here only). */
export async function loadSecrets(payload: Payload, id: Id): Promise<StaffSecrets | null> {
  return (await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as StaffSecrets | null
}

/**
 * Checks a 6-digit code, or a recovery code, and uses it up: a TOTP step is accepted once and only
 * after the last one used (no replay); a recovery code once. Uses are recorded under a unique key,
 * so two requests racing with the same code cannot both pass.
 */
export async function useSecondFactorCode(payload: Payload, account: StaffSecrets, code: string): Promise<boolean> {
  if (!account.secondFactorEnabled || !account.totpSecret) return false
  if (looksLikeRecoveryCode(code)) {
    const hash = matchRecoveryCode(code, storedHashes(account))
    return hash !== null && (await recordOnce(payload, account.id, `recovery:${account.id}:${hash}`, 'recovery'))
  }
  const step = totpStep(account.totpSecret, code)
  return step !== null && (await useStep(payload, account.id, step))
}

/** How many recovery codes the account has not used yet. */
export async function recoveryCodesLeft(payload: Payload, account: StaffSecrets): Promise<number> {
  const used = await payload.db.count({ collection: marksSlug, where: ofUser(account.id, 'recovery') })
  return Math.max(storedHashes(account).length - used.totalDocs, 0)
}

/** Starts (or restarts) enrolment: a new secret, kept apart until a code from it is confirmed. */
export async function startEnrolment(payload: Payload, id: Id): Promise<string> {
  const secret = newTotpSecret()
  await payload.db.updateOne({ collection: 'users', id, data: { totpPendingSecret: secret } })
  return secret
}

/**
 * Finishes enrolment when the code comes from the new secret: the secret becomes the account's,
 * with new recovery codes (returned in clear this once, stored only as hashes). Null on a wrong code.
 */
export async function completeEnrolment(payload: Payload, account: StaffSecrets, code: string): Promise<string[] | null> {
  const pending = account.totpPendingSecret
  const step = pending ? totpStep(pending, code) : null
  if (!pending || step === null) return null
  const codes = newRecoveryCodes()
  await payload.db.updateOne({
    collection: 'users', id: account.id,
    data: { totpSecret: pending, totpPendingSecret: null, secondFactorEnabled: true, recoveryCodes: codes.map(hashRecoveryCode) },
  })
  await payload.db.deleteMany({ collection: marksSlug, where: { and: [{ user: { equals: account.id } }, { kind: { in: ['step', 'recovery'] } }] } })
  await useStep(payload, account.id, step)
  return codes
}

/** Turns the second factor off and forgets its secret, codes and marks (a lost phone, or an editor's choice). */
export async function removeSecondFactor(payload: Payload, id: Id): Promise<void> {
  await payload.db.updateOne({ collection: 'users', id, data: { totpSecret: null, totpPendingSecret: null, secondFactorEnabled: false, recoveryCodes: null } })
  await payload.db.deleteMany({ collection: marksSlug, where: { user: { equals: id } } })
}

async function useStep(payload: Payload, id: Id, step: number): Promise<boolean> {
  const last = await payload.db.find({ collection: marksSlug, where: ofUser(id, 'step'), sort: '-step', limit: 1, pagination: false })
  const lastStep = (last.docs[0] as { step?: number } | undefined)?.step
  if (typeof lastStep === 'number' && step <= lastStep) return false
  if (!(await recordOnce(payload, id, `step:${id}:${step}`, 'step', step))) return false
  await payload.db.deleteMany({ collection: marksSlug, where: { and: [ofUser(id, 'step'), { step: { less_than: step } }] } })
  return true
}

// The unique index on `key` makes this the single atomic test-and-set every one-time use goes through.
async function recordOnce(payload: Payload, id: Id, key: string, kind: 'session' | 'step' | 'recovery', step?: number): Promise<boolean> {
  const now = new Date().toISOString()
  try {
    await payload.db.create({ collection: marksSlug, data: { key, user: id, kind, step, createdAt: now, updatedAt: now } })
    return true
  } catch (error) {
    // Payload reports a unique-index violation as a ValidationError: the mark was already there.
    if (error instanceof ValidationError) return false
    throw error
  }
}

function sessionKey(sid: string): string {
  return `session:${sid}`
}

function ofUser(id: Id, kind: 'session' | 'step' | 'recovery'): Where {
  return { and: [{ user: { equals: id } }, { kind: { equals: kind } }] }
}

function storedHashes(account: StaffSecrets): string[] {
  return Array.isArray(account.recoveryCodes) ? account.recoveryCodes.filter((h): h is string => typeof h === 'string') : []
}
