import { NextResponse, type NextRequest } from 'next/server'

import { adminContentSecurityPolicy, attachmentPreviewPolicy, isAttachmentPreview, strictTransportSecurity } from './security/adminPolicy'
import { type CmsSettings, loadCmsSettings } from './settings/cmsSettings'

// Parsed at the first request, at run time: a rebuilt-or-not admin always follows SPORTELLO_ADMIN_URL.
let settings: CmsSettings | undefined

/**
 * Next.js proxy of the staff admin: a fresh nonce and Content-Security-Policy for every page (the
 * static headers of next.config.mjs cannot carry a per-request nonce), and HSTS when the admin is
 * served over https. An attachment previewed inline gets its own policy, which lets the admin's
 * page (and only it) frame the file.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = isAttachmentPreview(request.nextUrl) ? attachmentPreviewPolicy() : adminContentSecurityPolicy(nonce)
  const requestHeaders = new Headers(request.headers)
  // Next.js reads the nonce from the request's policy and adds it to the scripts it renders.
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  settings ??= loadCmsSettings()
  const hsts = strictTransportSecurity(settings.adminUrl)
  if (hsts) response.headers.set('Strict-Transport-Security', hsts)
  return response
}

export const config = {
  // Pages and API answers; not the hashed static files, which carry no HTML.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
}
