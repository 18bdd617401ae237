import { createHash, randomBytes } from 'node:crypto'

import { citizenToRecipient } from '../../cms/notifications/notification'
import type { Notify } from '../../cms/notifications/notify'
import type { Citizen } from '../../cms/payload-types'
import { belfioreToPlace } from '../../cms/practices/places'
import { claimToFiscalCode } from '../auth/fiscalCode'
import type { SessionRecord } from '../auth/sessions'
import type { CitizenProfile, ContactsUpdate } from '../contract/me'
import type { CertifiedIdentity, CitizenStore } from '../data/citizens'
import type { CitizenProfileRow } from '../data/citizenProfileRow'
import { ApiError } from '../errors'
import { takeContactEmail, type CitizenQuotas } from './quotas'

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined)

/** The certified identity in an ID token / userinfo, or an error when the codice fiscale is missing or invalid. */
export function claimsToIdentity(claims: Record<string, unknown>): CertifiedIdentity {
  const fiscalCode = claimToFiscalCode(claims.fiscal_number)
  const givenName = text(claims.given_name)
  const familyName = text(claims.family_name)
  if (!fiscalCode || !givenName || !familyName) {
    throw new ApiError('bad_request', 'Il provider di identità non ha fornito un codice fiscale valido, il nome e il cognome.')
  }
  return {
    fiscalCode, givenName, familyName,
    birthDate: text(claims.birthdate), birthPlace: text(claims.place_of_birth),
    idpEmail: text(claims.email), idpPhone: text(claims.phone_number),
  }
}

/** First login creates the citizen; later logins refresh what the provider vouches for, never the contacts. */
export async function upsertCitizen(store: CitizenStore, identity: CertifiedIdentity, now = new Date()): Promise<Citizen> {
  const existing = await store.findByFiscalCode(identity.fiscalCode)
  if (!existing) return store.create(identity, now)
  return store.update(existing.id, { ...identity, lastLoginAt: now.toISOString() })
}

/** The profile of a citizen as the API returns it; the place of birth by name ("Brindisi (BR)"), never its cadastral code. */
export async function citizenToProfile(c: CitizenProfileRow): Promise<CitizenProfile> {
  const k = c.contacts ?? {}
  return {
    fiscalCode: c.fiscalCode, givenName: c.givenName, familyName: c.familyName,
    birthDate: c.birthDate ?? null, birthPlace: c.birthPlace ? ((await belfioreToPlace(c.birthPlace)) ?? c.birthPlace) : null,
    certified: { email: c.idpEmail ?? null, phone: c.idpPhone ?? null },
    contacts: {
      email: k.email ?? null, phone: k.phone ?? null, address: k.address ?? null, postalCode: k.postalCode ?? null,
      city: k.city ?? null, preferredChannel: k.preferredChannel ?? 'email',
    },
    pendingEmail: c.pendingEmail?.address ?? null,
  }
}

/** The citizen a session belongs to; a session whose citizen is gone is no login at all. */
export async function findSessionCitizen(store: CitizenStore, citizenId: number): Promise<Citizen> {
  const citizen = await store.findById(citizenId)
  if (!citizen) throw new ApiError('unauthenticated')
  return citizen
}

/**
 * The logged-in citizen's profile (what the desk shows and a draft is pre-filled with), null when the citizen is gone:
 * the one the session's read brought (api/data/hotReads.ts, one statement for both), else read by id.
 */
export async function sessionProfile(store: CitizenStore, session: SessionRecord): Promise<CitizenProfileRow | null> {
  return session.profile ?? store.findProfileById(session.citizenId as number)
}

/** The logged-in citizen's profile, or 401 when the citizen is gone. */
export async function findSessionProfile(store: CitizenStore, session: SessionRecord): Promise<CitizenProfileRow> {
  const citizen = await sessionProfile(store, session)
  if (!citizen) throw new ApiError('unauthenticated')
  return citizen
}

/** What changing contacts needs: the citizens, notifications, the portal's address for links, the email quota. */
export type ContactsDeps = { citizens: CitizenStore; notify: Notify; publicUrl: URL; quotas: CitizenQuotas }

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
const emailConfirmationHours = 24

/**
 * Updates a citizen's own contacts. A new email is not applied straight away: a confirmation link
 * goes to the new address, and only opening it makes the change. Confirmation emails are limited
 * per hour, so the portal cannot be used to flood someone's mailbox; over the limit nothing changes.
 */
export async function updateContacts({ citizens: store, notify, publicUrl, quotas }: ContactsDeps, citizenId: number | string, update: ContactsUpdate, now = new Date()): Promise<Citizen> {
  const citizen = await store.findById(citizenId)
  if (!citizen) throw new ApiError('not_found')
  const current = citizen.contacts ?? {}
  const blankToNull = (v: string | undefined, fallback: string | null | undefined) => (v === undefined ? fallback : v === '' ? null : v)
  const next = {
    ...current,
    phone: blankToNull(update.phone, current.phone),
    address: blankToNull(update.address, current.address),
    postalCode: blankToNull(update.postalCode, current.postalCode),
    city: blankToNull(update.city, current.city),
    preferredChannel: update.preferredChannel ?? current.preferredChannel,
    email: update.email === '' ? null : current.email,
  }
  const newEmail = update.email && update.email.toLowerCase() !== (current.email ?? '').toLowerCase() ? update.email.toLowerCase() : undefined
  const reachableByEmail = Boolean(next.email || newEmail)
  if (next.preferredChannel === 'email' && !reachableByEmail) {
    throw new ApiError('validation', undefined, [{ field: 'preferredChannel', message: 'Per ricevere le comunicazioni via email indica un indirizzo email.' }])
  }
  if (next.preferredChannel === 'sms' && !next.phone) {
    throw new ApiError('validation', undefined, [{ field: 'preferredChannel', message: 'Per ricevere SMS indica un numero di telefono.' }])
  }
  if (!newEmail) return store.update(citizen.id, { contacts: next })

  await takeContactEmail(quotas, citizen.id, now)
  const token = randomBytes(32).toString('base64url')
  const expiresAt = new Date(now.getTime() + emailConfirmationHours * 3_600_000)
  const saved = await store.update(citizen.id, { contacts: next, pendingEmail: { address: newEmail, tokenHash: hashToken(token), expiresAt: expiresAt.toISOString() } })
  const confirmUrl = new URL(`/api/me/email/conferma?token=${token}`, publicUrl).toString()
  await notify({ ...citizenToRecipient(citizen), email: newEmail }, { kind: 'email-confirmation', data: { confirmUrl } })
  return saved
}

/** Applies the pending email change a confirmation link stands for; false when the link is unknown or expired. */
export async function confirmEmail(store: CitizenStore, token: string, now = new Date()): Promise<boolean> {
  if (token.length < 20 || token.length > 100) return false
  const citizen = await store.findByPendingEmailToken(hashToken(token))
  const pending = citizen?.pendingEmail
  if (!citizen || !pending?.address || !pending.expiresAt) return false
  const clear = { address: null, tokenHash: null, expiresAt: null }
  if (new Date(pending.expiresAt) <= now) {
    await store.update(citizen.id, { pendingEmail: clear })
    return false
  }
  await store.update(citizen.id, { contacts: { ...(citizen.contacts ?? {}), email: pending.address }, pendingEmail: clear })
  return true
}
