import { OpenAPIHono } from '@hono/zod-openapi'
import { z } from 'zod'

import type { SessionRecord } from './auth/sessions'
import { ApiError, errorBodySchema } from './errors'

// Default validation messages in Italian; routes add field-specific ones where they help.
z.config(z.locales.it())

/** What middleware puts on the context: the citizen's session, when logged in. */
export type AppEnv = { Variables: { session: SessionRecord | null } }

/** A failed request validation as the API's one `validation` error, with a message per field. */
const validationError = (error: z.ZodError) =>
  new ApiError('validation', undefined, error.issues.map((issue) => ({ field: issue.path.join('.') || 'richiesta', message: issue.message })))

/** A router whose request validation failures become one `validation` ApiError with field messages. */
export function newRouter<E extends AppEnv = AppEnv>() {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error)
    },
  })
}

/** A JSON response as a route describes it: what it means and the schema of its body. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } })

/** A failure as a route describes it: the API's one error body (api/errors.ts) with an Italian message. */
export const errorResponse = (description: string) => jsonResponse(errorBodySchema, description)

/**
 * The body of an action that takes no parameters: `{}`, sent as JSON only because state-changing
 * routes accept nothing else (requireJsonBody). Described for clients, never validated: a plain
 * JSON Schema, not a Zod one, so the route reads no body.
 */
export const noParameters = {
  required: true,
  content: { 'application/json': { schema: { type: 'object' as const, additionalProperties: false, description: 'Nessun parametro: un oggetto JSON vuoto.' } } },
}

/** A Zod enum of the values of a constant list (statuses, channels), so the schema and the list never part. */
export const enumOf = <const T extends readonly { value: string }[]>(list: T) =>
  z.enum(list.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]])

/**
 * Declares in the document the answers the middleware in front of every route gives (api/app.ts), so
 * each operation lists every status it can return: 403 from the origin check (state-changing
 * methods outside `originExempt`), 400/413/415 for a body that is malformed, too large or of another
 * type, 422 for request validation (400, 415 and 422 skipped under `ownErrors`, routes answering in
 * their own error format).
 * A route's own declaration of a status wins.
 */
export function declareSharedResponses(app: OpenAPIHono<AppEnv>, { originExempt, ownErrors }: { originExempt: string[]; ownErrors: string }) {
  for (const definition of app.openAPIRegistry.definitions) {
    if (definition.type !== 'route') continue
    const { route } = definition
    const shared: Record<number, ReturnType<typeof errorResponse>> = {}
    const own = route.path.startsWith(ownErrors)
    if (!['get', 'head', 'options'].includes(route.method) && !originExempt.includes(route.path)) shared[403] = errorResponse('Richiesta da un’origine diversa dal portale')
    if (route.request?.body) {
      if (!own) shared[400] = errorResponse('Corpo della richiesta illeggibile (JSON o modulo malformato)')
      if (!own) shared[415] = errorResponse('Formato del corpo non supportato')
      shared[413] = errorResponse('Richiesta troppo grande')
    }
    const { params, query, headers, body } = route.request ?? {}
    if (!own && (params || query || headers || body)) shared[422] = errorResponse('Dati non validi')
    route.responses = { ...shared, ...route.responses }
  }
}
