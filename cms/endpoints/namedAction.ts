import type { Endpoint, PayloadRequest } from 'payload'

/** The JSON body of a named action. */
export type ActionBody = Record<string, unknown>

/** A named action refused, with the Italian message staff read and the HTTP status. */
export class ActionRefusedError extends Error {
  override name = 'ActionRefusedError'
  constructor(message: string, readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 = 400) {
    super(message)
  }
}

/** Payload's own error shape, so the admin and scripts read every refusal the same way. */
export const refusal = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })

/** The body as a JSON object; an empty body is `{}` only where the action allows one, anything else null. */
async function bodyOf(req: PayloadRequest, allowEmpty: boolean): Promise<ActionBody | null> {
  const text = await req.text?.().catch(() => '')
  if (!text?.trim()) return allowEmpty ? {} : null
  try {
    const body: unknown = JSON.parse(text)
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as ActionBody) : null
  } catch {
    return null
  }
}

/**
 * A named action on one record, as a collection endpoint `POST /:id/<path>` with a JSON body: the
 * way staff change what belongs to the system (money, applications). A refusal answers with its
 * status and Italian message; any other error is the server's.
 */
export function namedActionEndpoint(path: string, run: (req: PayloadRequest, id: string, body: ActionBody) => Promise<unknown>, options: { allowEmptyBody?: boolean } = {}): Endpoint {
  return {
    path: `/:id/${path}`,
    method: 'post',
    handler: async (req) => {
      const body = await bodyOf(req, options.allowEmptyBody ?? false)
      if (!body) return refusal(400, 'Richiesta non valida: serve un oggetto JSON.')
      try {
        return Response.json({ doc: await run(req, String(req.routeParams?.id ?? ''), body) }, { headers: { 'cache-control': 'no-store' } })
      } catch (error) {
        if (error instanceof ActionRefusedError) return refusal(error.status, error.message)
        throw error
      }
    },
  }
}
