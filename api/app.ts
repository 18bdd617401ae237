import path from 'node:path'

import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import type { Payload } from 'payload'

import { certificateFiles, privateCertificatesDir } from '../cms/certificates/files'
import { sealProvider } from '../cms/certificates/seal'
import { payloadSecret } from '../cms/env'
import { smtpMailer, type Mailer } from '../cms/notifications/mailer'
import { notifierOf } from '../cms/notifications/notify'
import { pushSubscriptionStore } from '../cms/notifications/push/subscriptions'
import { privateKeyToVapidKeys } from '../cms/notifications/push/vapid'
import { createAnprRegistry } from '../cms/registry/anprClient'
import type { Registry } from '../cms/registry/registry'
import { attachmentFiles, privateAttachmentsDir } from '../cms/practices/attachmentFiles'
import { resolvedFolder } from '../cms/publishing/siteFolders'
import { limitStore } from '../cms/limits/sharedLimiter'
import { settingsOf } from '../cms/settings/cmsSettings'
import { citizenSession } from './auth/citizenSession'
import { createOidcClient } from './auth/oidc'
import type { ApiConfig } from './config'
import { appointmentStore } from './data/appointments'
import { bookingEngineStore } from './data/bookingEngine'
import { certificateStore } from './data/certificates'
import { citizenReportStore } from './data/citizenReports'
import { documentStore } from './data/documents'
import { mapTileStore } from './data/mapTiles'
import { openDataVersion } from '../cms/constants/openDatasets'
import { builtDatasetStore } from './data/openDataFiles'
import { reportReadStore } from './data/reports'
import { reportCoreStore, type ReportCore } from './data/reportsCore'
import { createStores, type Stores } from './data/stores'
import { ApiError, handleError } from './errors'
import { clientKey } from './middleware/clientKey'
import { configToRedirectOrigins, locationGuard } from './middleware/locationGuard'
import { originCheck } from './middleware/originCheck'
import { createLoadMonitor, type LoadMonitor } from './middleware/overload'
import { noStore } from './middleware/personal'
import { rateLimitGuests, rateLimits } from './middleware/rateLimit'
import { securityHeaders } from './middleware/securityHeaders'
import { bodiesOnly, unless } from './middleware/unless'
import { declareSharedResponses, type AppEnv } from './openapi'
import { createPagopaClient } from './pagopa/client'
import { openapiToHtml } from './openapiReference'
import { appointmentRoutes } from './routes/appointments'
import { authRoutes } from './routes/auth'
import { bookingPageRoutes } from './routes/bookingPages'
import { certificatePageRoutes, verificationPath } from './routes/certificatePages'
import { certificateRoutes } from './routes/certificates'
import { documentRoutes } from './routes/documents'
import { feedbackRoutes } from './routes/feedback'
import { healthRoutes } from './routes/health'
import { mapTileRoutes } from './routes/mapTiles'
import { previewRoute } from './preview/renderPreview'
import { meRoutes } from './routes/me'
import { open311PostsPerHour, open311Routes } from './routes/open311'
import { openDataFilesCors, openDataRoutes } from './routes/openData'
import { messageRoutes } from './routes/messages'
import { notificationPreferenceRoutes } from './routes/notificationPreferences'
import { pagopaReceiptRoutes } from './routes/pagopaReceipts'
import { paymentRoutes } from './routes/payments'
import { practiceRoutes, practiceUploads } from './routes/practices'
import { pushSubscriptionRoutes } from './routes/pushSubscriptions'
import { myReportRoutes } from './routes/myReports'
import { reportPageRoutes } from './routes/reportPages'
import { reportExportRoutes } from './routes/reportExports'
import { reportRoutes } from './routes/reports'
import { certificateService } from './services/certificates'
import { bookingBase } from './services/bookingPages/flow'
import { createHealthService } from './services/health'
import { mapSettingsOf, mapTilesService } from './services/mapTiles'
import { open311Service } from './services/open311'
import { openDataService } from './services/openData'
import { reportExportsService } from './services/reportExports'
import { assistancePath } from './services/reportPages/assistance'
import { reportsBase } from './services/reportPages/flow'
import { publicReportsService } from './services/reports'
import { reusedFor } from './services/versionedCache'
import { serveSite, type SiteRoot } from './static/serveSite'
import { siteRedirects } from './static/siteRedirects'
import { StaticFileCache } from './static/staticFile'

/** The pages rendered on request (api/routes/*Pages.ts, the preview): dynamic like the API, unlike the static site. */
const onDemandPages = [`${bookingBase}*`, `${verificationPath}*`, `${reportsBase}*`, `${assistancePath}*`, '/anteprima/*']

/** What the public server needs from the outside world; tests pass their own. */
export type AppDeps = {
  config: ApiConfig
  payload: Payload
  /** The stores, one per aggregate; defaults to the Payload-backed ones (api/data/stores.ts). Tests may pass fakes. */
  stores?: Partial<Stores>
  /** Outgoing email; defaults to SMTP at config.smtpUrl. */
  mailer?: Mailer
  /** Where citizens' attachments are stored; defaults to the private folder under the CMS's data folder. */
  attachmentsDir?: string
  /** Where issued certificates are stored; defaults to the private folder under the CMS's data folder. */
  certificatesDir?: string
  /** The folder of the live static build (swapped by the publisher); defaults to config.siteDir, resolved. */
  siteRoot?: SiteRoot
  /** The national registry (certificates); defaults to ANPR at config.anpr, or null when not configured (certificates answer 503). */
  registry?: Registry | null
  /** The reports core (streets, nearby reports, photo files); defaults to cms/reports/ over Payload. */
  reportCore?: ReportCore
  /** How long public report reads reuse the data version they checked (ms; default 1000). Tests pass 0. */
  reportVersionTtlMs?: number
  /** The process's load and drain state (api/server.ts drains it on SIGTERM); defaults to one with config.overload. */
  load?: LoadMonitor
  /** What the rate limits' keys in Redis start with; tests pass one per run. */
  limitKeyPrefix?: string
}

/**
 * Wires the public server: static site, /api/* routes, security headers and one error handler. The
 * data folder and its secrets are the CMS's: they come with the Payload instance it runs on.
 */
export function createApp({ config, payload, stores: given, mailer = smtpMailer(config.smtpUrl, config.mailFrom), siteRoot = resolvedFolder(config.siteDir), attachmentsDir, registry: givenRegistry, certificatesDir, reportCore = reportCoreStore(payload), reportVersionTtlMs = 1000, load = createLoadMonitor(config.overload), limitKeyPrefix }: AppDeps) {
  const cms = settingsOf(payload)
  const app = new OpenAPIHono<AppEnv>()
  const files = new StaticFileCache()
  const cookies = { secure: config.secureCookies }
  const stores: Stores = { ...createStores(payload), ...given }
  const { sessions, citizens, payments } = stores
  const oidc = config.oidc ? { client: createOidcClient(config.oidc), settings: config.oidc } : null
  const notify = notifierOf({ mailer, publicUrl: config.publicUrl })

  // First, so it sees every response: handlers', errors' and not-found pages alike.
  app.use(locationGuard(config.publicUrl, configToRedirectOrigins(config)))
  const headers = securityHeaders(config.publicUrl)
  app.use(headers)
  // Saturated, the dynamic part answers a fast 503 instead of queueing; static files and health checks are always served.
  const shed = unless(['/api/health', '/api/health/*'], load.guard)
  for (const dynamic of ['/api/*', ...onDemandPages]) app.use(dynamic, shed)
  const tooLarge = () => { throw new ApiError('payload_too_large') }
  // Attachments are the only large bodies: their routes declare their own limit (api/routes/practices.ts).
  const uploads = practiceUploads.map((upload) => ({ ...upload, path: `/api${upload.path}` }))
  app.use('/api/*', unless(uploads.map((upload) => upload.path), bodiesOnly(bodyLimit({ maxSize: config.bodyLimit, onError: tooLarge }))))
  for (const { path: upload, maxSize } of uploads) app.use(upload, bodyLimit({ maxSize, onError: tooLarge }))
  // pagoPA's receipts come server to server, authenticated by key (api/routes/pagopaReceipts.ts); Open311
  // clients post forms from anywhere by design, each report published only once its email confirms it.
  const originExempt = ['/api/pagopa/ricevute', '/api/open311/v2/requests.json', '/api/open311/v2/requests.xml']
  app.use('/api/*', unless(originExempt, originCheck(config.publicUrl.origin)))
  app.use('/api/*', citizenSession(sessions, cookies))
  for (const personal of ['/api/auth/*', '/api/session', '/api/me', '/api/me/*']) app.use(personal, noStore)

  const health = createHealthService(async () => void (await payload.count({ collection: 'topics' })))
  app.route('/api/health', healthRoutes(health, load))
  const clientAddress = clientKey(config.trustedProxies)
  // Per client address, in Redis when configured (shared by every copy of the server), else per process.
  const limits = rateLimits(limitStore(config.redisUrl, limitKeyPrefix), clientAddress)
  const quotas = { store: stores.quotas, limits: config.quotas }
  app.route('/api/feedback', feedbackRoutes(stores.feedback, limits))
  app.route('/api/auth', authRoutes({ oidc, sessions, citizens, cookies, secret: payloadSecret(cms), publicUrl: config.publicUrl, rateLimit: config.loginRateLimit, limits }))
  app.route('/api', meRoutes({ citizens, notify, publicUrl: config.publicUrl, quotas }))
  const pagopa = config.pagopa ? createPagopaClient(config.pagopa) : null
  // The registry the certificate routes read (ANPR through PDND, the stand-in in the demo); null: not configured.
  const registry = givenRegistry !== undefined ? givenRegistry : config.anpr ? createAnprRegistry(config.anpr) : null
  app.route('/api', paymentRoutes({ citizens, payments, pagopa, publicUrl: config.publicUrl, creditor: config.creditor }))
  // Certificates are sealed with the Comune's P12; in the demo only, with a test seal made in the data folder.
  const seal = sealProvider(config.seal ?? (config.demo.demo ? { demoDataDir: cms.dataDir } : null))
  const certificateData = certificateStore(payload)
  const certificates = certificateService({
    store: certificateData, payments, registry, seal, publicUrl: config.publicUrl, issuer: config.creditor.name,
    files: certificateFiles(certificatesDir ?? privateCertificatesDir(cms.dataDir)),
  })
  if (config.pagopa) {
    const { receiptKey, receiptSenders } = config.pagopa
    app.route('/api', pagopaReceiptRoutes({ payments, receiptKey, receiptSenders, clientAddress, creditorFiscalCode: config.creditor.fiscalCode, afterSettlement: certificates.issueForPosition }))
  }
  app.route('/api', certificateRoutes({ citizens, certificates, store: certificateData }))
  app.route('/api', practiceRoutes({ stores, files: attachmentFiles(attachmentsDir ?? privateAttachmentsDir(cms.dataDir)), quotas }))
  app.route('/api', messageRoutes(stores.messages))
  const pushPublicKey = cms.push ? privateKeyToVapidKeys(cms.push.privateKey).publicKey : null
  app.route('/api', pushSubscriptionRoutes({ store: pushSubscriptionStore(payload), publicKey: pushPublicKey, allowLoopback: config.demo.demo }))
  app.route('/api', notificationPreferenceRoutes(citizens))
  const citizenReports = citizenReportStore(payload)
  app.route('/api', myReportRoutes(citizenReports))
  // A guest's booking holds a place until its email is confirmed: limited per client address.
  const guestLimit = rateLimitGuests(limits('prenotazioni-ospiti', config.guestBookingsPerHour, 60 * 60_000))
  app.post('/api/appuntamenti/prenotazioni', guestLimit)
  app.route('/api', appointmentRoutes({ appointments: appointmentStore(payload), citizens }))
  app.route('/api', documentRoutes({ documents: documentStore(payload), practices: stores.practices, payments, citizens, creditorName: config.creditor.name }))
  const reads = reportReadStore(payload)
  const reportReads = { ...reads, version: reusedFor(reads.version, reportVersionTtlMs) }
  const publicReports = publicReportsService(reportReads, reportCore)
  app.route('/api', reportExportRoutes(reportExportsService(reportReads, config.publicUrl)))
  app.post('/api/open311/v2/*', limits('open311', open311PostsPerHour, 60 * 60_000))
  const open311 = { store: reportReads, core: reportCore, publicUrl: config.publicUrl, demo: config.demo.demo, acceptsReports: config.open311Post, comune: config.creditor.name }
  app.route('/api', open311Routes(open311Service(open311)))
  app.route('/api', reportRoutes({ reports: publicReports, tiles: mapSettingsOf(config.mapTiles) }))
  // The map's tiles come through the portal, kept on disk: browsers never load them from another host.
  const tiles = config.mapTiles ? mapTileStore({ template: config.mapTiles, cacheDir: path.join(cms.dataDir, 'cache', 'mappa'), userAgent: `Sportello (${config.publicUrl.origin})` }) : null
  app.route('/api', mapTileRoutes(mapTilesService(tiles)))
  // The open data: whole datasets are files of the build; the API pages and filters those very files.
  app.route('/api', openDataRoutes(openDataService(builtDatasetStore(siteRoot))))
  app.use(`/dati-aperti/${openDataVersion}/*`, openDataFilesCors)
  const openapi = { openapi: '3.1.0', info: { title: 'Sportello — API pubblica del Comune di Brindisi', version: '1.0.0' } }
  declareSharedResponses(app, { originExempt, ownErrors: '/api/open311/' })
  app.doc31('/api/openapi.json', openapi)
  app.get('/api/docs', (c) => c.html(openapiToHtml(app.getOpenAPI31Document(openapi) as never)))

  app.get('/anteprima/', previewRoute({ payload, siteRoot, headers, secrets: cms }))
  app.route('/', bookingPageRoutes({ engine: bookingEngineStore(payload), citizens, sessions, cookies, siteRoot, headers, publicUrl: config.publicUrl, guestLimit }))
  app.route('/', certificatePageRoutes({ store: certificateData, siteRoot, headers }))
  // Reports and assistance requests sent without logging in: limited per client address, apart from bookings.
  const reportGuests = rateLimitGuests(limits('segnalazioni-ospiti', config.guestBookingsPerHour, 60 * 60_000))
  const reportHeaders = securityHeaders(config.publicUrl, { geolocation: true })
  app.route('/', reportPageRoutes({ store: citizenReports, sessions, cookies, siteRoot, headers, reportHeaders, publicUrl: config.publicUrl, guestLimit: reportGuests }))
  app.use('*', serveSite(siteRoot, files))
  app.use('*', siteRedirects(siteRoot))

  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) throw new ApiError('not_found')
    const page = files.get(path.join(siteRoot(), '404.html'))
    c.header('Cache-Control', 'no-store')
    return page ? c.html(page.body.toString('utf8'), 404) : c.text('Pagina non trovata', 404)
  })
  app.onError(handleError)
  return app
}
