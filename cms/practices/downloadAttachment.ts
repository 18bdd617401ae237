import type { Endpoint } from 'payload'

import { settingsOf } from '../settings/cmsSettings'
import { attachmentFiles, privateAttachmentsDir } from './attachmentFiles'

/** The types the admin shows inside its page; anything else is only ever downloaded. */
const previewable = new Set(['application/pdf', 'image/jpeg', 'image/png'])

/**
 * GET /api/practice-attachments/:id/file in the admin: the file of an attachment, for staff who
 * may read the attachment (operators of the responsible office, admins; never a draft's). With
 * ?inline=1 an image or PDF is sent to be shown in the application's page instead of downloaded.
 */
export const downloadPracticeAttachment: Endpoint = {
  path: '/:id/file',
  method: 'get',
  handler: async (req) => {
    const id = req.routeParams?.id as string | undefined
    if (!req.user || !id) return Response.json({ errors: [{ message: 'Accesso riservato agli operatori.' }] }, { status: 401 })
    const attachment = await req.payload.findByID({ collection: 'practice-attachments', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true })
    if (!attachment) return Response.json({ errors: [{ message: 'Allegato non trovato.' }] }, { status: 404 })
    const bytes = await attachmentFiles(privateAttachmentsDir(settingsOf(req.payload).dataDir)).read(attachment.storageKey)
    if (!bytes) return Response.json({ errors: [{ message: 'Il file dell’allegato non è disponibile.' }] }, { status: 410 })
    const inline = req.searchParams.get('inline') === '1' && previewable.has(attachment.mime)
    return new Response(Buffer.from(bytes), {
      headers: {
        'Content-Type': attachment.mime,
        'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
