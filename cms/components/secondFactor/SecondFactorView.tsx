import { MinimalTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { hasRole } from '../../access/roles'
import { secondFactorDue, isSessionVerified } from '../../auth/secondFactor'
import { tokenUser } from '../../auth/sessionGate'
import { safeAdminPath, secondFactorViews } from './paths'
import { SetupForm } from './SetupForm'
import { VerifyForm } from './VerifyForm'

/** /admin/verifica-accesso: the second step of signing in, for a session that still owes its code. */
export async function VerifyView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const admin = req.payload.config.routes.admin
  const back = safeAdminPath(searchParams?.redirect, admin)
  const user = await tokenUser(req.payload, req.headers)
  if (!user) redirect(`${admin}/login`)
  const due = await secondFactorDue(req.payload, user)
  if (due === 'none') redirect(back)
  if (due === 'setup') redirect(`${admin}${secondFactorViews.setup}?redirect=${encodeURIComponent(back)}`)
  return <MinimalTemplate className="second-factor-view"><VerifyForm redirectTo={back} /></MinimalTemplate>
}

/**
 * /admin/configura-verifica: enrolment, forced on an admin who has none, open to any staff member;
 * replacing an existing second factor needs a session that already passed it.
 */
export async function SetupView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const admin = req.payload.config.routes.admin
  const back = safeAdminPath(searchParams?.redirect, admin)
  const user = await tokenUser(req.payload, req.headers)
  if (!user) redirect(`${admin}/login`)
  if (user.secondFactorEnabled && !(await isSessionVerified(req.payload, user))) redirect(`${admin}${secondFactorViews.verify}?redirect=${encodeURIComponent(back)}`)
  const required = hasRole({ ...user, collection: 'users' }, 'admin') && !user.secondFactorEnabled
  return <MinimalTemplate className="second-factor-view"><SetupForm redirectTo={back} required={required} /></MinimalTemplate>
}
