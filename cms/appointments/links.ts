import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { settingsOf } from '../settings/cmsSettings'
import type { Id } from './contract'

/** What a signed link lets its bearer do: manage (read, move, cancel) a booking, or confirm its email. */
export type BookingLinkPurpose = 'gestisci' | 'conferma-email'

const purposeCode: Record<BookingLinkPurpose, string> = { gestisci: 'g', 'conferma-email': 'c' }

/** When a link given no end expires: long enough for the furthest horizon (366 days) for 'gestisci', the hold for the email check. */
const defaultLifetimeMs: Record<BookingLinkPurpose, number> = { gestisci: 400 * 86_400_000, 'conferma-email': 30 * 60_000 }

// A key of its own, derived from Payload's secret: a booking link can never pass for anything else signed with it.
const keyOf = (payload: Pick<Payload, 'secret'>) => createHmac('sha256', payload.secret).update('sportello:prenotazioni:link').digest()

const sign = (payload: Pick<Payload, 'secret'>, body: string) => createHmac('sha256', keyOf(payload)).update(body).digest('base64url').slice(0, 32)

/**
 * A signed token for one booking and one purpose, valid until `expiresAt`: no storage, the HMAC
 * (Payload's secret) vouches for it. Format `<id>.<purpose>.<expiry, base36 seconds>.<signature>`.
 */
export function bookingToken(payload: Pick<Payload, 'secret'>, bookingId: Id, purpose: BookingLinkPurpose, expiresAt: Date): string {
  const body = `${bookingId}.${purposeCode[purpose]}.${Math.ceil(expiresAt.getTime() / 1000).toString(36)}`
  return `${body}.${sign(payload, body)}`
}

/**
 * The absolute address of a booking's signed link: <publicUrl>/prenotazione-appuntamento/gestisci/?t=…
 * or …/conferma-email/?t=…. Give `expiresAt` when known — the appointment's end for 'gestisci',
 * the hold's end (holdUntil) for 'conferma-email' (the core always does); without it the link
 * lasts 400 days ('gestisci') or 30 minutes ('conferma-email').
 */
export function bookingLink(payload: Payload, bookingId: Id, purpose: BookingLinkPurpose, expiresAt?: Date | null): string {
  const url = new URL(`/prenotazione-appuntamento/${purpose}/`, settingsOf(payload).publicUrl)
  url.searchParams.set('t', bookingLinkToken(payload, bookingId, purpose, expiresAt))
  return url.toString()
}

/** The token (the `t` of its query) of {@link bookingLink}, for pages that build their own address. */
export const bookingLinkToken = (payload: Pick<Payload, 'secret'>, bookingId: Id, purpose: BookingLinkPurpose, expiresAt?: Date | null): string =>
  bookingToken(payload, bookingId, purpose, expiresAt ?? new Date(Date.now() + defaultLifetimeMs[purpose]))

/** The booking a token opens for a purpose, or null when it is forged, altered, for another purpose or expired. */
export function verifyBookingLink(payload: Pick<Payload, 'secret'>, token: string, purpose: BookingLinkPurpose, now: Date = new Date()): Id | null {
  if (typeof token !== 'string' || token.length > 200) return null
  const parts = token.split('.')
  if (parts.length !== 4) return null
  const [id, code, expiry, signature] = parts as [string, string, string, string]
  if (code !== purposeCode[purpose] || !/^[0-9a-z]{1,12}$/.test(expiry) || !/^[\w-]{1,40}$/.test(id)) return null
  const expected = Buffer.from(sign(payload, `${id}.${code}.${expiry}`))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  if (parseInt(expiry, 36) * 1000 < now.getTime()) return null
  return /^\d+$/.test(id) ? Number(id) : id
}
