import { ValidationError } from 'payload'

/**
 * The fields (lower case, joined) a database refusal names when Payload reports it as a
 * ValidationError — a unique index (SQLite: the columns; PostgreSQL: the Key (…) of the detail) or
 * its own field checks — or null for any other error.
 */
export function refusedFields(error: unknown): string | null {
  if (!(error instanceof ValidationError)) return null
  const data = (error as ValidationError & { data?: { errors?: { path?: string }[] } }).data
  return (data?.errors ?? []).map((e) => String(e.path ?? '')).join(' ').toLowerCase()
}

/** Whether the error is the unique index of requestKey refusing a second row with the same key. */
export const isRequestKeyRepeat = (error: unknown): boolean => /request/.test(refusedFields(error) ?? '')

/** Whether the error is the unique index of `code` refusing a code already drawn. */
export const isCodeRepeat = (error: unknown): boolean => /(^|\W|_)code(\W|$)/.test(refusedFields(error) ?? '')
