import type { Payload } from 'payload'

import { settingsOf } from '../settings/cmsSettings'
import { signedToken, verifySignedToken } from '../signedToken'
import type { Id } from './contract'

/**
 * What a report's signed link lets its bearer do: confirm the reporter's email (names the report),
 * confirm a follower's email or stop following (both name the follower's row).
 */
export type ReportLinkPurpose = 'conferma' | 'segui' | 'non-seguire'

const purposeCode: Record<ReportLinkPurpose, string> = { conferma: 'c', segui: 's', 'non-seguire': 'u' }

/** How long each link works: a week to confirm; stopping works for as long as the emails may come. */
const lifetimeMs: Record<ReportLinkPurpose, number> = { conferma: 7 * 86_400_000, segui: 7 * 86_400_000, 'non-seguire': 5 * 366 * 86_400_000 }

const scope = 'sportello:segnalazioni:link'

/** The token (the `t` of the query) for a report (conferma) or a follower (segui, non-seguire). */
export const reportLinkToken = (payload: Pick<Payload, 'secret'>, id: Id, purpose: ReportLinkPurpose, now: Date = new Date()): string =>
  signedToken(payload, { scope, id, purpose: purposeCode[purpose], expiresAt: new Date(now.getTime() + lifetimeMs[purpose]) })

/** <publicUrl>/segnalazioni/<conferma|segui|non-seguire>/?t=… */
export function reportLink(payload: Payload, id: Id, purpose: ReportLinkPurpose, now: Date = new Date()): string {
  const url = new URL(`/segnalazioni/${purpose}/`, settingsOf(payload).publicUrl)
  url.searchParams.set('t', reportLinkToken(payload, id, purpose, now))
  return url.toString()
}

/** The id a report link names for a purpose, or null when forged, altered, for another purpose or expired. */
export const verifyReportLink = (payload: Pick<Payload, 'secret'>, token: unknown, purpose: ReportLinkPurpose, now: Date = new Date()): Id | null =>
  verifySignedToken(payload, scope, token, purposeCode[purpose], now)

/** The public page of a report: <publicUrl>/segnalazioni/<code>/ */
export const reportPageUrl = (payload: Payload, code: string): string => new URL(`/segnalazioni/${encodeURIComponent(code)}/`, settingsOf(payload).publicUrl).toString()
