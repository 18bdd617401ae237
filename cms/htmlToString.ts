import type { html } from 'hono/html'

/**
 * The text of a page or fragment written with Hono's `html` template (which escapes every value).
 * The template is synchronous unless a value is a promise, and none of ours is: one would be a bug.
 */
export function htmlToString(fragment: ReturnType<typeof html>): string {
  if (fragment instanceof Promise) throw new TypeError('htmlToString: a value of the html template is a promise')
  return fragment.toString()
}
