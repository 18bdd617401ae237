// The islands' one way to the citizen API: a client typed from the API's own OpenAPI document
// (api-types.ts, written by `npm run api:types`), same-origin cookies, JSON; and the one place where
// an answer becomes what the page shows: the data, or the API's Italian message and field errors.
import createClient from 'openapi-fetch'

import type { components, paths } from './api-types'

/** The API's shapes by name, as its OpenAPI document defines them. */
export type Schemas = components['schemas']

/** A field the API rejected, named as the form names it. */
export type FieldError = NonNullable<Schemas['ApiError']['error']['fields']>[number]

/** A call that did not succeed: the status (0 when no answer came), and what the API said about it. */
export type ApiFailure = { ok: false; status: number; message: string | null; fields: FieldError[] }

/** What a call came to: the answer's body, or the failure. */
export type ApiResult<T> = { ok: true; status: number; body: T } | ApiFailure

/** The citizen API: paths, parameters, bodies and answers typed from its OpenAPI document. */
export const api = createClient<paths>({ credentials: 'same-origin', headers: { accept: 'application/json' } })

/** What openapi-fetch answers: `data` (the success content) exactly when the response is a success, else `error`. */
type Answer = { data?: unknown; error?: unknown; response: Response }
type DataOf<A> = A extends { data: infer D } ? D : never

/**
 * Awaits a call of `api` and never throws. The API's error body ({ error: { code, message, fields } })
 * gives the Italian message and the field errors; a failure without it (no network, a proxy's page)
 * has no message, so the component says what it was doing in its own words.
 */
export async function call<A extends Answer>(request: Promise<A>): Promise<ApiResult<DataOf<A>>> {
  try {
    const answer = await request
    // openapi-fetch types `data` per status; on a success it is the success content.
    if (answer.response.ok) return { ok: true, status: answer.response.status, body: answer.data as DataOf<A> }
    const error = isErrorBody(answer.error) ? answer.error.error : null
    return { ok: false, status: answer.response.status, message: error?.message ?? null, fields: error?.fields ?? [] }
  } catch {
    return { ok: false, status: 0, message: null, fields: [] }
  }
}

/** A body for the upload routes as multipart/form-data: text and files, a list as repeated fields. */
export function multipart(body: Record<string, string | Blob | Blob[] | undefined> | undefined): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(body ?? {})) {
    for (const part of Array.isArray(value) ? value : value === undefined ? [] : [value]) form.append(name, part)
  }
  return form
}

function isErrorBody(value: unknown): value is Schemas['ApiError'] {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const { error } = value
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string'
    && (!('fields' in error) || Array.isArray(error.fields))
}
