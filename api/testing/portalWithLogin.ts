import { simpleParser } from 'mailparser'

import { smtpMailer } from '../../cms/notifications/mailer'
import type { TestPayload } from '../../cms/testing/testPayload'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { startDevMailServer, type DevMailServer } from '../standins/mail/server'
import { startTestIdentityProvider, type RunningTestIdentityProvider } from '../standins/identityProvider/server'
import type { LoginModeId } from '../standins/identityProvider/loginModes'
import { logInWithTestIdentity, TestBrowser } from '../standins/identityProvider/testBrowser'
import { unshedLoad } from './loadLimits'

/** An in-process public server wired to a real test identity provider and a real local SMTP server. */
export type PortalWithLogin = {
  app: ReturnType<typeof createApp>
  origin: string
  idp: RunningTestIdentityProvider
  mail: DevMailServer
  /** Messages received so far: recipient, subject and text. */
  inbox: { to: string[]; subject: string; text: string }[]
  /**
   * Logs a test identity in through the provider's login page; returns the session cookie ("name=value").
   * `via` is the button pressed on the desk; `mode` the login mode chosen at the provider (default: its preselection).
   */
  logIn: (fiscalCode: string, returnTo?: string, options?: { via?: 'spid' | 'cie'; mode?: LoginModeId }) => Promise<{ cookie: string; setCookie: string; location: string }>
  /** Starts a new provider (new keys, no sessions) at the address of the one before, which must be closed: a restart. */
  restartIdentityProvider: () => Promise<void>
  close: () => Promise<void>
}

const origin = 'http://localhost:3000'
const callback = `${origin}/api/auth/callback`
const clientSecret = 'segreto-del-client-di-prova-per-i-test'

/** Starts the provider, the SMTP server and the app; `env` overrides configuration variables. */
export async function startPortalWithLogin(t: TestPayload, env: Record<string, string> = {}): Promise<PortalWithLogin> {
  const inbox: PortalWithLogin['inbox'] = []
  const mail = await startDevMailServer({
    port: 0,
    onMail: (m) => void simpleParser(m.raw).then((parsed) => inbox.push({ to: m.to, subject: parsed.subject ?? '', text: parsed.text ?? '' })),
  })
  const client = { clientId: 'sportello', clientSecret, redirectUris: [callback], postLogoutRedirectUris: [`${origin}/`] }
  let idp = await startTestIdentityProvider({ port: 0, client })
  // A demo, even on an https address: its identity provider, mail server and keys are the tests' own.
  const config = loadConfig({
    SPORTELLO_DEMO: '1', SPORTELLO_SITE_DIR: t.dataDir, SPORTELLO_PUBLIC_URL: origin, SPORTELLO_OIDC_ISSUER: idp.url, SPORTELLO_OIDC_CLIENT_SECRET: clientSecret,
    SPORTELLO_OIDC_REDIRECT_URI: callback, SPORTELLO_LOGIN_RATE_LIMIT: '1000', SPORTELLO_GUEST_BOOKINGS_PER_HOUR: '1000',
    ...unshedLoad, ...env,
  })
  const app = createApp({ config, payload: t.payload, mailer: smtpMailer(`smtp://127.0.0.1:${mail.port}`, 'test@comune.example') })

  const logIn: PortalWithLogin['logIn'] = async (fiscalCode, returnTo = '/area-personale/', { via = 'spid', mode } = {}) => {
    const start = await app.request(`/api/auth/login?via=${via}&ritorno=${encodeURIComponent(returnTo)}`)
    const loginCookie = start.headers.getSetCookie().find((c) => c.startsWith('sportello_accesso='))!.split(';')[0]!
    const atCallback = await logInWithTestIdentity(new TestBrowser(callback), new URL(start.headers.get('location')!), fiscalCode, mode)
    const done = await app.request(`${atCallback.url.pathname}${atCallback.url.search}`, { headers: { cookie: loginCookie } })
    const setCookie = done.headers.getSetCookie().find((c) => /sportello_sessione=[^;]/.test(c)) ?? ''
    return { cookie: setCookie.split(';')[0]!, setCookie, location: done.headers.get('location') ?? '' }
  }

  const portal: PortalWithLogin = {
    app, origin, idp, mail, inbox, logIn,
    restartIdentityProvider: async () => {
      const issuer = new URL(idp.url)
      idp = await startTestIdentityProvider({ port: Number(issuer.port), issuer: idp.url, client })
      portal.idp = idp
    },
    close: async () => void (await Promise.all([idp.close(), mail.close()])),
  }
  return portal
}
