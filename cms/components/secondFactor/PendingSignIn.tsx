import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Payload } from 'payload'

import { secondFactorDue } from '../../auth/secondFactor'
import { tokenUser } from '../../auth/sessionGate'
import { safeAdminPath, secondFactorViews } from './paths'

/**
 * Rendered above the login form (admin.components.beforeLogin): a session that passed the password
 * but still owes its second factor looks signed out to Payload, so every admin page sends it here;
 * from here it goes on to the code (or to enrolment) instead of seeing the login form again.
 */
export async function PendingSignIn({ payload, searchParams }: { payload: Payload; searchParams?: Record<string, string | string[] | undefined> }) {
  const user = await tokenUser(payload, await headers())
  if (!user) return null
  const due = await secondFactorDue(payload, user)
  if (due === 'none') return null
  const admin = payload.config.routes.admin
  const back = encodeURIComponent(safeAdminPath(searchParams?.redirect, admin))
  redirect(`${admin}${due === 'verify' ? secondFactorViews.verify : secondFactorViews.setup}?redirect=${back}`)
}
