// The few lines every practice island needs to talk to the citizen API: same-origin cookies, JSON,
// and the API's error body ({ error: { code, message, fields } }) read once.

/** A field the API rejected, named as the form names it. */
export type FieldError = { field: string; message: string }

/** What a call returned: the status (0 when the network failed), the parsed body, the API's error. */
export type ApiResult<T> = { ok: boolean; status: number; body: T | null; message: string | null; fields: FieldError[] }

/** Calls the API; `json` becomes a JSON body, a FormData body travels as multipart. Never throws. */
export async function api<T>(path: string, init: { method?: string; json?: unknown; form?: globalThis.FormData; headers?: Record<string, string> } = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers }
  if (init.json !== undefined) headers['content-type'] = 'application/json'
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.form
  const response = await fetch(path, { method: init.method ?? 'GET', credentials: 'same-origin', headers, body }).catch(() => null)
  if (!response) return { ok: false, status: 0, body: null, message: null, fields: [] }
  const parsed = response.status === 204 ? null : ((await response.json().catch(() => null)) as unknown)
  if (response.ok) return { ok: true, status: response.status, body: parsed as T, message: null, fields: [] }
  const error = (parsed as { error?: { message?: string; fields?: FieldError[] } } | null)?.error
  return { ok: false, status: response.status, body: null, message: error?.message ?? null, fields: error?.fields ?? [] }
}

/** Whether the companion cookie says a citizen is logged in (the session cookie itself is HttpOnly). */
export const isLoggedIn = (): boolean => document.cookie.split('; ').includes('sportello_connesso=1')

/** Fills "{name}" placeholders of a UI string. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

/** The UI strings a static page hands to its island as JSON in data-strings. */
export const stringsOf = <T>(element: HTMLElement): T => JSON.parse(element.dataset.strings ?? '{}') as T
