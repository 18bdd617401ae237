import type { Context } from 'hono'

/**
 * Sets a header on the response a handler already returned (a middleware, after `next()`). On the response's own
 * headers: Hono's `c.header` at that point first copies the whole response (its body read again as a stream), the
 * dearest step of `/api/me` when `noStore` did it. A response whose headers cannot change (one fetched elsewhere, a
 * `Response.redirect`) is copied, through `c.header`, and the copy gets the header.
 */
export function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value)
  } catch {
    c.header(name, value)
  }
}
