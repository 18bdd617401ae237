import { createHash } from 'node:crypto'

import { jwtVerify, SignJWT } from 'jose'
import type { PayloadRequest } from 'payload'

import { previewSecret } from '../env'
import { type CmsSettings, settingsOf } from '../settings/cmsSettings'

/** What a preview link opens: one draft of one collection. */
export type PreviewTarget = { collection: string; id: string }

const audience = 'sportello-anteprima'
/** Long enough to look at a draft and share it with a colleague, short enough not to leak. */
const lifetime = '30m'

/** Where the key of preview links comes from: SPORTELLO_PREVIEW_SECRET, or the secret in the data folder. */
export type PreviewSecrets = Pick<CmsSettings, 'dataDir' | 'previewSecret'>

// Its own secret, not the staff tokens' one: the admin (which signs) and the public server (which
// verifies) share it through the data folder, or SPORTELLO_PREVIEW_SECRET when they do not share one.
const key = (secrets: PreviewSecrets) => createHash('sha256').update(`anteprima:${previewSecret(secrets)}`).digest()

/**
 * The signed address of a draft's preview on the public site. Only the admin issues it, to a
 * logged-in member of staff (Payload calls admin.preview on the server for the current user).
 */
export async function previewUrl(secrets: PreviewSecrets, publicUrl: string, target: PreviewTarget, expiresAt: string | number = lifetime): Promise<string> {
  const token = await new SignJWT({ c: target.collection, d: target.id })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(key(secrets))
  const url = new URL('/anteprima/', publicUrl)
  url.searchParams.set('t', token)
  return url.toString()
}

/** The draft a preview token opens, or null when it is forged, altered or expired. */
export async function verifyPreviewToken(secrets: PreviewSecrets, token: string): Promise<PreviewTarget | null> {
  try {
    const { payload } = await jwtVerify(token, key(secrets), { audience, algorithms: ['HS256'] })
    return typeof payload.c === 'string' && typeof payload.d === 'string' ? { collection: payload.c, id: payload.d } : null
  } catch {
    return null
  }
}

/** admin.preview for a collection: the signed link of the document being edited. */
export function previewFor(collection: string) {
  return (doc: Record<string, unknown>, { req }: { req: PayloadRequest }) => {
    const settings = settingsOf(req.payload)
    return doc?.id == null ? null : previewUrl(settings, settings.publicUrl, { collection, id: String(doc.id) })
  }
}
