import type { Payload } from 'payload'

import { settingsOf } from '../settings/cmsSettings'
import { signedToken, verifySignedToken } from '../signedToken'
import type { Id } from './contract'

/** What a signed link lets its bearer do: manage (read, move, cancel) a booking, or confirm its email. */
export type BookingLinkPurpose = 'gestisci' | 'conferma-email'

const purposeCode: Record<BookingLinkPurpose, string> = { gestisci: 'g', 'conferma-email': 'c' }

/** When a link given no end expires: long enough for the furthest horizon (366 days) for 'gestisci', the hold for the email check. */
const defaultLifetimeMs: Record<BookingLinkPurpose, number> = { gestisci: 400 * 86_400_000, 'conferma-email': 30 * 60_000 }

const scope = 'sportello:prenotazioni:link'

/**
 * A signed token for one booking and one purpose, valid until `expiresAt`: no storage, the HMAC
 * (Payload's secret) vouches for it (cms/signedToken.ts).
 */
export const bookingToken = (payload: Pick<Payload, 'secret'>, bookingId: Id, purpose: BookingLinkPurpose, expiresAt: Date): string =>
  signedToken(payload, { scope, id: bookingId, purpose: purposeCode[purpose], expiresAt })

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
export const verifyBookingLink = (payload: Pick<Payload, 'secret'>, token: string, purpose: BookingLinkPurpose, now: Date = new Date()): Id | null =>
  verifySignedToken(payload, scope, token, purposeCode[purpose], now)
