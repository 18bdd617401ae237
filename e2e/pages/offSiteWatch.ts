import type { BrowserContext } from '@playwright/test'

/** What a browser context did that a page of the portal must never do. */
export type Watched = { offsite: string[]; errors: string[]; violations: string[] }

const local = (url: URL) => !url.protocol.startsWith('http') || url.hostname === 'localhost' || url.hostname === '127.0.0.1'
const policyViolation = /Content Security Policy|Refused to (load|execute|apply|connect|frame)/i

/**
 * Blocks and records every request to another host (the portal must work with no internet), and
 * collects console errors, uncaught exceptions and CSP violations, for the test to assert at its end.
 */
export function watchContext(context: BrowserContext, seen: Watched = { offsite: [], errors: [], violations: [] }): Watched {
  void context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (local(url)) return route.continue()
    seen.offsite.push(url.href)
    return route.abort('blockedbyclient')
  })
  context.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(`${message.page()?.url() ?? ''}: ${message.text()}`)
    if (policyViolation.test(message.text())) seen.violations.push(message.text())
  })
  context.on('weberror', (error) => seen.errors.push(`${error.page()?.url() ?? ''}: ${error.error().message}`))
  return seen
}
