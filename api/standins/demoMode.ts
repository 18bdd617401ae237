// Whether this deployment is the demo, decided once here for `npm start` and the public server alike.
// Only the demo may run the stand-ins (test identity provider, pagoPA stand-in, local mail server)
// and accept keys written in the repository; everything else is a real deployment and fails closed.

/** The demo is on, and why. */
export type DemoMode =
  | { demo: false }
  /** `loopback`: nobody else can reach the portal; `declared`: SPORTELLO_DEMO=1 on an address others can reach. */
  | { demo: true; reason: 'loopback' | 'declared' }

/** True for localhost, 127.0.0.0/8 and [::1], as WHATWG URL spells hostnames. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
}

/**
 * The demo runs when the public URL is loopback, or when SPORTELLO_DEMO=1 says so for another
 * address; SPORTELLO_DEMO=0 turns it off even on loopback (to try a real configuration locally).
 */
export function demoMode(env: Record<string, string | undefined>): DemoMode {
  if (env.SPORTELLO_DEMO === '0') return { demo: false }
  if (isLoopbackHost(publicHostname(env.SPORTELLO_PUBLIC_URL))) return { demo: true, reason: 'loopback' }
  return env.SPORTELLO_DEMO === '1' ? { demo: true, reason: 'declared' } : { demo: false }
}

function publicHostname(publicUrl: string | undefined): string {
  // The portal's own default (api/config.ts, scripts/start.ts) is http://localhost:<port>.
  if (!publicUrl) return 'localhost'
  try {
    return new URL(publicUrl).hostname
  } catch {
    return ''
  }
}
