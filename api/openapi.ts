import { OpenAPIHono } from '@hono/zod-openapi'
import { z } from 'zod'

import type { SessionRecord } from './auth/sessions'
import { ApiError } from './errors'

// Default validation messages in Italian; routes add field-specific ones where they help.
z.config(z.locales.it())

/** What middleware puts on the context: the citizen's session, when logged in. */
export type AppEnv = { Variables: { session: SessionRecord | null } }

/** A failed request validation as the API's one `validation` error, with a message per field. */
export const validationError = (error: z.ZodError) =>
  new ApiError('validation', undefined, error.issues.map((issue) => ({ field: issue.path.join('.') || 'richiesta', message: issue.message })))

/** A router whose request validation failures become one `validation` ApiError with field messages. */
export function newRouter<E extends AppEnv = AppEnv>() {
  return new OpenAPIHono<E>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error)
    },
  })
}
