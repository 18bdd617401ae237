import type { Endpoint, PayloadRequest } from 'payload'

import { PaymentActionError } from './positionActions'

type ActionBody = Record<string, unknown>

/**
 * A named action on one payment record, as a collection endpoint `POST /:id/<path>` with a JSON
 * body: the only way staff change money. Refusals answer with their status and Italian message in
 * Payload's own error shape, so the admin and scripts read them the same way.
 */
export function paymentActionEndpoint(path: string, run: (req: PayloadRequest, id: string, body: ActionBody) => Promise<unknown>): Endpoint {
  return {
    path: `/:id/${path}`,
    method: 'post',
    handler: async (req) => {
      const id = String(req.routeParams?.id ?? '')
      let body: unknown
      try {
        body = await req.json?.()
      } catch {
        body = undefined
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(400, 'Richiesta non valida: serve un oggetto JSON.')
      try {
        return Response.json({ doc: await run(req, id, body as ActionBody) }, { headers: { 'cache-control': 'no-store' } })
      } catch (error) {
        if (error instanceof PaymentActionError) return refuse(error.status, error.message)
        throw error
      }
    },
  }
}

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })
