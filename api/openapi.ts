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
