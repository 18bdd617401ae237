import { t } from './strings'

/** What a second-factor endpoint answered: its status and its Italian message (or a network failure). */
export type Answer = { ok: boolean; status: number; message: string; body: Record<string, unknown> }

/** POSTs JSON to the admin's REST API with the session cookie; never throws. */
export async function postJson(url: string, data: Record<string, unknown> = {}): Promise<Answer> {
  try {
    const response = await fetch(url, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) })
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>
    const errors = Array.isArray(body.errors) ? (body.errors as { message?: string }[]) : []
    const message = typeof body.message === 'string' ? body.message : errors[0]?.message ?? ''
    return { ok: response.ok, status: response.status, message, body }
  } catch {
    return { ok: false, status: 0, message: t.networkError, body: {} }
  }
}
