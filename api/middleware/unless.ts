import type { Env, MiddlewareHandler } from 'hono'
import { TrieRouter } from 'hono/router/trie-router'

/**
 * `middleware`, except on the paths named (Hono's patterns: `/api/health/*`, `/api/me/pratiche/:id/allegati`).
 * What `except` of `hono/combine` does for one middleware, matched by the same router, without its layers: `except`
 * runs a `some` over the condition and an `every`, which composes a new chain at every request. On `/api/*` three
 * of them cost more than the session's lookup (see the README, *Figures*, `/api/me`).
 */
export function unless<E extends Env>(paths: readonly string[], middleware: MiddlewareHandler<E>): MiddlewareHandler<E> {
  const router = new TrieRouter<true>()
  for (const path of paths) router.add('ALL', path, true)
  const exempt = (path: string) => router.match('ALL', path)[0].length > 0
  return (c, next) => (exempt(c.req.path) ? next() : middleware(c, next))
}

/**
 * `middleware` for requests that may carry a body; a GET or HEAD goes straight on. For the body limit: asking a GET
 * for its body (there is none to limit) makes `@hono/node-server` build the request's full Fetch object (~15 µs).
 */
export function bodiesOnly<E extends Env>(middleware: MiddlewareHandler<E>): MiddlewareHandler<E> {
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : middleware(c, next))
}
