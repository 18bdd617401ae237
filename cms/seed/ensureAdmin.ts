import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

/** The first administrator, created only when no staff account exists yet. */
export type FirstAdmin = { email: string; password: string; generated: boolean }

/**
 * Creates the first admin account on an empty database. The password comes from
 * SPORTELLO_ADMIN_PASSWORD or is generated, and is returned so the caller can print it once.
 */
export async function ensureAdmin(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<FirstAdmin | null> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return null
  const email = env.SPORTELLO_ADMIN_EMAIL?.trim() || 'admin@comune.brindisi.example'
  const password = env.SPORTELLO_ADMIN_PASSWORD?.trim() || randomBytes(12).toString('base64url')
  if (password.length < 12) throw new Error('SPORTELLO_ADMIN_PASSWORD deve avere almeno 12 caratteri.')
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Amministratore del portale', roles: ['admin'] },
  })
  return { email, password, generated: !env.SPORTELLO_ADMIN_PASSWORD }
}
