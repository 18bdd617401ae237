import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'

import { citizenSession } from '../auth/citizenSession'
import type { CookiePolicy } from '../auth/sessionCookie'
import type { SessionStore } from '../auth/sessions'
import { ApiError } from '../errors'
import { originCheck } from '../middleware/originCheck'
import type { AppEnv } from '../openapi'
import { assistanceForm, assistancePath, readAssistanceState, sendAssistance } from '../services/reportPages/assistance'
import { newReportPath, readReportState, reportFlowScreen, reportsBase } from '../services/reportPages/flow'
import { confirmReportScreen, followLinkScreen, followScreen, listScreen, reportScreen } from '../services/reportPages/pages'
import type { ReportPagesStore } from '../services/reportPages/ports'
import { submitReport } from '../services/reportPages/submit'
import type { ReportPageLocals } from '../services/reportPages/view'
import { onDemandRenderer } from '../static/onDemandPage'
import type { SiteRoot } from '../static/serveSite'

export type ReportPageDeps = {
  store: ReportPagesStore
  sessions: SessionStore
  cookies: CookiePolicy
  siteRoot: SiteRoot
  /** The portal's security headers; the new report's page allows the device's position (reportHeaders). */
  headers: MiddlewareHandler
  reportHeaders?: MiddlewareHandler
  publicUrl: URL
  /** Counts what guests send (reports, follows, assistance requests) per client address. */
  guestLimit?: MiddlewareHandler<AppEnv>
}

/** Three photos of 10 MB and the form's text. */
export const reportBodyLimit = 3 * 10 * 1024 * 1024 + 256 * 1024

/**
 * The citizen's report pages, rendered on request with the site's layout (site/pages/segnalazioni/,
 * site/pages/richiedi-assistenza/): the new report's steps, the email links, a report's public page
 * with "Segui", the public list, and the assistance request. Forms post to our own origin only.
 */
export function reportPageRoutes(deps: ReportPageDeps) {
  const app = new Hono<AppEnv>()
  const render = onDemandRenderer(deps.siteRoot, deps.headers)
  const renderNew = onDemandRenderer(deps.siteRoot, deps.reportHeaders ?? deps.headers)
  const flow = { store: deps.store }
  const page = (c: Context, key: 'report' | 'assistance', outcome: { status: number; view: unknown }, renderer = render) =>
    renderer(c, { [key]: outcome.view, status: outcome.status } as ReportPageLocals)
  const citizenId = (c: Context<AppEnv>) => c.get('session')?.citizenId ?? null
  const loginUrl = (c: Context) => `/api/auth/login?ritorno=${encodeURIComponent(new URL(c.req.url).pathname + new URL(c.req.url).search)}`
  const form = async (c: Context) => {
    const body = await c.req.parseBody({ all: true }).catch(() => { throw new ApiError('bad_request') })
    return body as Record<string, string | File | (string | File)[]>
  }
  const text = (body: Record<string, unknown>) => Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as Record<string, string>
  const guests: MiddlewareHandler<AppEnv> = deps.guestLimit ?? (async (_, next) => next())
  const tooLarge = () => { throw new ApiError('payload_too_large', 'Le fotografie sono troppo grandi: al massimo 10 MB ciascuna, 3 in tutto.') }

  for (const base of [reportsBase, assistancePath]) {
    app.use(`${base}*`, originCheck(deps.publicUrl.origin))
    app.use(`${base}*`, citizenSession(deps.sessions, deps.cookies))
  }
  app.get(reportsBase.slice(0, -1), (c) => c.redirect(`${reportsBase}${new URL(c.req.url).search}`, 301))
  app.get(assistancePath.slice(0, -1), (c) => c.redirect(assistancePath, 301))

  app.get(reportsBase, async (c) => page(c, 'report', await listScreen(flow, c.req.query())))
  app.get(newReportPath, async (c) => page(c, 'report', await reportFlowScreen(flow, { state: readReportState(c.req.query()), step: c.req.query('passo'), citizenId: citizenId(c), loginUrl: loginUrl(c) }), renderNew))
  app.post(newReportPath, bodyLimit({ maxSize: reportBodyLimit, onError: tooLarge }), guests, async (c) => {
    const body = await form(c)
    const photos = [body.foto].flat().filter((f): f is File => f instanceof File)
    return page(c, 'report', await submitReport(flow, {
      state: readReportState(text(body)), photos, usePhotoLocation: body.usaFoto === 'si', privacy: body.privacy === 'si',
      requestKey: typeof body.requestKey === 'string' ? body.requestKey : '', citizenId: citizenId(c), loginUrl: loginUrl(c),
    }), renderNew)
  })
  app.get(`${reportsBase}conferma/`, async (c) => page(c, 'report', await confirmReportScreen(flow, c.req.query('t') ?? '')))
  app.get(`${reportsBase}segui/`, async (c) => page(c, 'report', await followLinkScreen(flow, c.req.query('t') ?? '', 'segui')))
  app.get(`${reportsBase}non-seguire/`, async (c) => page(c, 'report', await followLinkScreen(flow, c.req.query('t') ?? '', 'non-seguire')))
  app.get(`${reportsBase}:code/`, async (c) => page(c, 'report', await reportScreen(flow, { code: c.req.param('code'), citizenId: citizenId(c) })))
  app.post(`${reportsBase}:code/`, guests, async (c) => {
    const body = text(await form(c))
    return page(c, 'report', await followScreen(flow, { code: c.req.param('code'), citizenId: citizenId(c), nome: body.nome, email: body.email }))
  })

  app.get(assistancePath, async (c) => page(c, 'assistance', await assistanceForm(flow, { state: {}, citizenId: citizenId(c) })))
  app.post(assistancePath, guests, async (c) => {
    const body = text(await form(c))
    return page(c, 'assistance', await sendAssistance(flow, { state: readAssistanceState(body), requestKey: body.requestKey ?? '', citizenId: citizenId(c) }))
  })
  return app
}
