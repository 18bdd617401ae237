import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { passwordProblem } from '../auth/passwordPolicy'

/** The first administrator, created only when no staff account exists yet. */
export type FirstAdmin = { email: string; password: string; generated: boolean }

/**
 * Creates the first admin account on an empty database, with the email and password of its settings
 * (SPORTELLO_ADMIN_EMAIL, SPORTELLO_ADMIN_PASSWORD). The password is checked against the staff password
 * policy, or generated (128 random bits) when none is set, and is returned so the caller can print it
 * once. The admin sets up the second factor at the first sign-in.
 */
export async function ensureAdmin(payload: Payload, { email, password: chosen }: { email: string; password?: string }): Promise<FirstAdmin | null> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return null
  const password = chosen || generatePassword(email)
  const problem = passwordProblem(password, email)
  if (problem) throw new Error(`SPORTELLO_ADMIN_PASSWORD non accettata: ${problem}`)
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Amministratore del portale', roles: ['admin'] },
  })
  return { email, password, generated: !chosen }
}

function generatePassword(email: string): string {
  for (;;) {
    const candidate = randomBytes(16).toString('base64url')
    if (!passwordProblem(candidate, email)) return candidate
  }
}
