import { Hono, type Context, type MiddlewareHandler } from 'hono'

import { citizenSession } from '../auth/citizenSession'
import type { CookiePolicy } from '../auth/sessionCookie'
import type { SessionStore } from '../auth/sessions'
import type { BookingEngineStore } from '../data/bookingEngine'
import type { CitizenStore } from '../data/citizens'
import { originCheck } from '../middleware/originCheck'
import type { AppEnv } from '../openapi'
import { bookingIcs, confirmationScreen, confirmEmailScreen } from '../services/bookingPages/confirm'
import { bookFromSummary, bookingBase, flowScreen, readState } from '../services/bookingPages/flow'
import { manageAction, manageScreen } from '../services/bookingPages/manage'
import type { BookingPageLocals, BookingPageView } from '../services/bookingPages/view'
import { onDemandRenderer } from '../static/onDemandPage'
import type { SiteRoot } from '../static/serveSite'

export type BookingPageDeps = {
  engine: BookingEngineStore
  citizens: CitizenStore
  sessions: SessionStore
  cookies: CookiePolicy
  siteRoot: SiteRoot
  headers: MiddlewareHandler
  publicUrl: URL
  /** Counts the bookings made without logging in (api/middleware/rateLimit.ts rateLimitGuests). */
  guestLimit?: MiddlewareHandler<AppEnv>
  now?: () => Date
}

/**
 * The citizen's booking pages under /prenotazione-appuntamento/, rendered on request with the site's
 * layout (site/pages/prenotazione-appuntamento/[...step].astro): the flow (GET, one step per screen),
 * the booking (POST), the guest's email check, the manage page of the signed link or of the desk, and
 * the booking as a calendar file. Forms post to our own origin only; nothing is cached.
 */
export function bookingPageRoutes(deps: BookingPageDeps) {
  const app = new Hono<AppEnv>()
  const render = onDemandRenderer(deps.siteRoot, deps.headers)
  const flow = { engine: deps.engine, citizens: deps.citizens, now: deps.now }
  const page = (c: Context, outcome: { status: number; view: BookingPageView } | { redirect: string }) => {
    if ('redirect' in outcome) {
      c.header('Cache-Control', 'private, no-store')
      return c.redirect(outcome.redirect, 303)
    }
    const locals: BookingPageLocals = { booking: outcome.view, bookingStatus: outcome.status }
    return render(c, locals)
  }
  const citizenId = (c: Context<AppEnv>) => c.get('session')?.citizenId ?? null
  const returnTo = (c: Context) => {
    const url = new URL(c.req.url)
    return `${url.pathname}${url.search}`
  }
  const form = async (c: Context) => {
    const body = await c.req.parseBody().catch(() => ({}))
    return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as Record<string, string>
  }

  const at = (path: string) => `${bookingBase}${path}`
  const passThrough: MiddlewareHandler<AppEnv> = async (_, next) => next()
  app.use(at('*'), originCheck(deps.publicUrl.origin))
  app.use(at('*'), citizenSession(deps.sessions, deps.cookies))
  app.get(bookingBase.slice(0, -1), (c) => c.redirect(`${bookingBase}${new URL(c.req.url).search}`, 301))

  app.get(at(''), async (c) => page(c, await flowScreen(flow, { state: readState(c.req.query()), step: c.req.query('passo'), citizenId: citizenId(c), returnTo: returnTo(c) })))
  app.post(at(''), deps.guestLimit ?? passThrough, async (c) => {
    const body = await form(c)
    return page(c, await bookFromSummary(flow, { state: readState(body), requestKey: body.requestKey ?? '', citizenId: citizenId(c), returnTo: bookingBase }))
  })
  app.get(at('conferma/'), async (c) => page(c, await confirmationScreen(flow, c.req.query('t') ?? '')))
  app.get(at('conferma-email/'), async (c) => page(c, await confirmEmailScreen(flow, c.req.query('t') ?? '')))
  app.get(at('appuntamento.ics'), async (c) => {
    const file = await bookingIcs(flow, c.req.query('t') ?? '', deps.publicUrl)
    c.header('Cache-Control', 'private, no-store')
    if (!file) return c.text('Prenotazione non trovata', 404)
    c.header('Content-Type', 'text/calendar; charset=utf-8')
    c.header('Content-Disposition', `attachment; filename="${file.name}"`)
    return c.body(file.body)
  })
  app.get(at('gestisci/'), async (c) => {
    const q = c.req.query()
    return page(c, await manageScreen(flow, {
      access: { t: q.t, id: q.id }, citizenId: citizenId(c), action: q.azione, outcome: q.esito, mese: q.mese, giorno: q.giorno,
    }))
  })
  app.post(at('gestisci/'), async (c) => {
    const body = await form(c)
    return page(c, await manageAction(flow, {
      access: { t: body.t, id: body.id }, citizenId: citizenId(c), action: body.azione ?? '', ora: body.ora, giorno: body.giorno, mese: body.mese,
    }))
  })
  return app
}
