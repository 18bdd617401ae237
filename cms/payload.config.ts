import path from 'node:path'

import { it } from '@payloadcms/translations/languages/it'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { CitizenMessages } from './collections/CitizenMessages'
import { PushSubscriptions } from './collections/PushSubscriptions'
import { NotificationDeliveries } from './collections/NotificationDeliveries'
import { CitizenSessions } from './collections/CitizenSessions'
import { Citizens } from './collections/Citizens'
import { Documents } from './collections/Documents'
import { Events } from './collections/Events'
import { Feedback } from './collections/Feedback'
import { mediaCollection } from './collections/Media'
import { News } from './collections/News'
import { Offices } from './collections/Offices'
import { Pages } from './collections/Pages'
import { PaymentEvents } from './collections/PaymentEvents'
import { PaymentPositions } from './collections/PaymentPositions'
import { PaymentReceipts } from './collections/PaymentReceipts'
import { Places } from './collections/Places'
import { PracticeAttachments } from './collections/PracticeAttachments'
import { PracticeEvents } from './collections/PracticeEvents'
import { Practices } from './collections/Practices'
import { ProtocolRegister } from './collections/ProtocolRegister'
import { Redirects } from './collections/Redirects'
import { SecondFactorMarks } from './collections/SecondFactorMarks'
import { SeedRecords } from './collections/SeedRecords'
import { SiteBuilds } from './collections/SiteBuilds'
import { Services } from './collections/Services'
import { Topics } from './collections/Topics'
import { usersCollection } from './collections/Users'
import { BookingEvents } from './collections/BookingEvents'
import { CertificateEvents } from './collections/CertificateEvents'
import { Certificates } from './collections/Certificates'
import { Bookings } from './collections/Bookings'
import { Calendars } from './collections/Calendars'
import { AssistanceRequests } from './collections/AssistanceRequests'
import { ReportCategories } from './collections/ReportCategories'
import { ReportEvents } from './collections/ReportEvents'
import { ReportFollowers } from './collections/ReportFollowers'
import { ReportPhotos } from './collections/ReportPhotos'
import { Reports } from './collections/Reports'
import { Streets } from './collections/Streets'
import { adminConventions, italianDateTimeFormat } from './admin/adminConventions'
import { italianErrors } from './admin/italianErrors'
import { italianTranslations } from './admin/italianTranslations'
import { staffSignIn } from './auth/staffSignIn'
import { roleLanding } from './admin/roleLanding'
import { agendaAdmin } from './agenda/agendaAdmin'
import { reportsAdmin } from './reportOffice/reportsAdmin'
import { savedFilters } from './practices/savedFilters'
import { databaseAdapterFromUrl } from './database'
import { richTextEditor } from './fields/richTextEditor'
import { mediaDir, payloadSecret, rootDir } from './env'
import { payloadEmailAdapter } from './notifications/payloadEmail'
import { CertificateSettings } from './globals/CertificateSettings'
import { Homepage } from './globals/Homepage'
import { SiteSettings } from './globals/SiteSettings'
import { hasRole } from './access/roles'
import { publishSiteTask } from './publishing/rebuildQueue'
import { closureCancellationsTask } from './appointments/closureTask'
import { bookingReminderTask } from './appointments/reminderTask'
import { deliverNotificationTask } from './notifications/delivery/deliverTask'
import { loadCmsSettings } from './settings/cmsSettings'

const cmsDir = path.join(rootDir, 'cms')
// Parsed once, when the config loads; hooks and endpoints read them back with settingsOf(req.payload).
const settings = loadCmsSettings()
const users = usersCollection({ secureCookies: settings.production })

export default buildConfig({
  serverURL: settings.adminUrl ?? '',
  admin: {
    user: users.slug,
    // A local picture, never Gravatar: the admin fetches nothing from another host.
    avatar: 'default',
    // The Comune's emblem and name, never Payload's: favicon, login logo, header icon, navigation.
    meta: {
      titleSuffix: ' · Sportello Comune di Brindisi',
      description: 'Area riservata al personale del Comune di Brindisi',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/stemma.svg' }],
      defaultOGImageType: 'off',
      openGraph: { siteName: 'Sportello Comune di Brindisi', description: 'Area riservata al personale del Comune di Brindisi' },
    },
    components: {
      graphics: { Logo: '/components/brand/Logo#Logo', Icon: '/components/brand/Icon#Icon' },
      beforeNavLinks: ['/components/brand/NavBrand#NavBrand'],
      providers: ['/components/ItalianDatePickers#ItalianDatePickers'],
    },
    dateFormat: italianDateTimeFormat,
    importMap: { baseDir: cmsDir, importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js') },
  },
  // Italian only: no language to choose, and nothing falls back to English.
  i18n: { supportedLanguages: { it }, fallbackLanguage: 'it', translations: { it: italianTranslations } },
  hooks: { afterError: [italianErrors] },
  // Payload's defaults for who may use a saved filter; only the name is ours ("Preset" otherwise).
  collections: [Services, News, Events, Pages, Offices, Places, Documents, Topics, mediaCollection(mediaDir(settings.dataDir)), Feedback, users, SecondFactorMarks, Citizens, CitizenSessions, SeedRecords,
    SiteBuilds, Redirects, PaymentPositions, PaymentReceipts, PaymentEvents, Practices, PracticeEvents, PracticeAttachments, ProtocolRegister, CitizenMessages,
    Calendars, Bookings, BookingEvents, Certificates, CertificateEvents,
    ReportCategories, Streets, Reports, ReportPhotos, ReportEvents, ReportFollowers, AssistanceRequests, PushSubscriptions, NotificationDeliveries],
  globals: [SiteSettings, Homepage, CertificateSettings],
  // Background work (site rebuilds, scheduled publishing, notification deliveries) runs on Payload's jobs queue, processed
  // by the publisher process (scripts/publisher.ts), never inside a web request.
  jobs: {
    tasks: [publishSiteTask, bookingReminderTask, closureCancellationsTask, deliverNotificationTask],
    enableConcurrencyControl: true,
    deleteJobOnComplete: true,
    access: { run: () => false, queue: ({ req }) => Boolean(req.user) && req.user?.collection === 'users', cancel: ({ req }) => hasRole(req.user, 'admin') },
  },
  editor: richTextEditor,
  secret: payloadSecret(settings),
  db: databaseAdapterFromUrl(settings.databaseUrl, { max: settings.databasePoolMax, timeoutMs: settings.databasePoolTimeoutMs, statementTimeoutMs: settings.databaseStatementTimeoutMs }),
  sharp,
  email: payloadEmailAdapter(settings),
  telemetry: false,
  // Info logs at every start bury the URLs people need; PAYLOAD_LOG_LEVEL=info brings them back.
  logger: { options: { level: settings.logLevel }, destination: defaultLoggerOptions },
  graphQL: { disable: true },
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts') },
  plugins: [staffSignIn, roleLanding, agendaAdmin, reportsAdmin, savedFilters, adminConventions],
  // Server-only (never sent to the admin's browser).
  custom: { settings },
})
