import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

import { isDatabaseUnavailable } from '../cms/databaseUnavailable'
import { errorPageHtml } from './errorPage'

/** Every failure the API reports, by code; each maps to one HTTP status and one Italian message. */
const errorCatalogue = {
  bad_request: [400, 'La richiesta non è valida.'],
  validation: [422, 'Alcuni dati non sono validi: correggi i campi indicati.'],
  unauthenticated: [401, 'Devi accedere con SPID o CIE per continuare.'],
  payment_required: [402, 'Prima di presentare la domanda devi pagare i diritti previsti con pagoPA.'],
  forbidden: [403, 'Non hai i permessi per questa operazione.'],
  not_found: [404, 'La risorsa richiesta non esiste.'],
  conflict: [409, 'I dati sono stati modificati nel frattempo: ricarica la pagina e riprova.'],
  payload_too_large: [413, 'La richiesta è troppo grande.'],
  unsupported_media_type: [415, 'Formato della richiesta non supportato.'],
  rate_limited: [429, 'Troppe richieste: attendi qualche minuto e riprova.'],
  quota_exceeded: [429, 'Hai raggiunto il limite previsto per il tuo profilo: riprova più tardi.'],
  unavailable: [503, 'Il servizio non è disponibile in questo momento. Riprova più tardi.'],
  insufficient_storage: [507, 'Spazio di archiviazione esaurito: riprova più tardi.'],
  internal: [500, 'Si è verificato un errore imprevisto. Riprova più tardi.'],
} as const satisfies Record<string, readonly [ContentfulStatusCode, string]>

export type ApiErrorCode = keyof typeof errorCatalogue

const fieldErrorSchema = z.object({ field: z.string(), message: z.string() })
const errorCodes = Object.keys(errorCatalogue) as [ApiErrorCode, ...ApiErrorCode[]]

/** The JSON shape of every error response, as the OpenAPI document describes it. */
export const errorBodySchema = z.object({
  error: z.object({ code: z.enum(errorCodes), message: z.string(), fields: z.array(fieldErrorSchema).optional() }),
}).openapi('ApiError')

/** A field-level problem, shown next to the field in forms. */
export type FieldError = z.output<typeof fieldErrorSchema>

/** The one error type of the API: a code from the catalogue, an optional message and field errors. */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly code: ApiErrorCode,
    message?: string,
    readonly fields: FieldError[] = [],
    /** For a 429 or a 503: when the client may try again (the Retry-After header). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message ?? errorCatalogue[code][1])
  }

  get status(): ContentfulStatusCode {
    return errorCatalogue[this.code][0]
  }
}

/** The JSON shape of every error response. */
export type ErrorBody = z.output<typeof errorBodySchema>

/** Maps any thrown value to the error shape; unexpected errors become a 500 without internals. */
export function handleError(err: Error, c: Context): Response {
  const error = toApiError(err)
  if (error.code === 'internal') console.error('[api] errore imprevisto', err)
  // The operator must free space: the log names the fault, never the request or the file.
  else if (error.code === 'insufficient_storage' && !(err instanceof ApiError)) console.error(`[api] spazio su disco esaurito (${(err as NodeJS.ErrnoException).code})`)
  else if (error.code === 'unavailable' && !(err instanceof ApiError)) console.warn('[api] database non raggiungibile: risposta 503')
  const body: ErrorBody = {
    error: { code: error.code, message: error.message, ...(error.fields.length ? { fields: error.fields } : {}) },
  }
  c.header('Cache-Control', 'no-store')
  if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(Math.max(1, Math.ceil(error.retryAfterSeconds))))
  // A browser form posting without JavaScript gets a readable page instead of JSON.
  if (prefersHtml(c.req.header('accept'))) {
    return c.html(errorPageHtml('Non è stato possibile completare l’operazione', error.message, error.fields), error.status)
  }
  return c.json(body, error.status)
}

function prefersHtml(accept: string | undefined): boolean {
  return Boolean(accept?.includes('text/html')) && !accept?.includes('application/json')
}

/** A file system out of space or over its quota: the request cannot be kept, and nothing of it was (the stores clean up). */
const storageFull = new Set(['ENOSPC', 'EDQUOT'])

function toApiError(err: Error): ApiError {
  if (err instanceof ApiError) return err
  if (storageFull.has((err as NodeJS.ErrnoException).code ?? '')) return new ApiError('insufficient_storage')
  if (err instanceof HTTPException) {
    if (err.status === 413) return new ApiError('payload_too_large')
    if (err.status === 403) return new ApiError('forbidden', 'Richiesta rifiutata: origine non consentita.')
    if (err.status === 404) return new ApiError('not_found')
    if (err.status === 415) return new ApiError('unsupported_media_type')
    if (err.status >= 400 && err.status < 500) return new ApiError('bad_request')
  }
  // The database restarting or away: the client may send the same request again shortly.
  if (isDatabaseUnavailable(err)) return new ApiError('unavailable', undefined, [], databaseRetryAfterSeconds)
  return new ApiError('internal')
}

/** How long a client is asked to wait when the database is away: a restart takes a few seconds. */
const databaseRetryAfterSeconds = 5
