import { headersWithCors, type Endpoint } from 'payload'

/**
 * Replaces Payload's forgot-password endpoint with one that answers at once and sends the email in
 * the background. Payload already answers the same words for a known and an unknown address, but
 * only after sending the email, or with an error when the mail server fails: either way the time
 * or the status told whether the address belongs to a staff account. Payload's own limit (one
 * email per account every 15 seconds) still applies.
 */
export const forgotPasswordQuietly: Endpoint = {
  path: '/forgot-password', method: 'post',
  handler: async (req) => {
    const body: unknown = await req.json?.().catch(() => null)
    const email = body && typeof body === 'object' && 'email' in body && typeof body.email === 'string' ? body.email.trim() : ''
    const headers = headersWithCors({ headers: new Headers(), req })
    if (!email) return Response.json({ errors: [{ message: 'Indica l’indirizzo email.' }] }, { status: 400, headers })
    req.payload.forgotPassword({ collection: 'users', data: { email }, req }).catch((err: unknown) => {
      req.payload.logger.error({ err, msg: 'Invio del link per reimpostare la password non riuscito' })
    })
    return Response.json({ message: req.t('general:success') }, { headers })
  },
}
