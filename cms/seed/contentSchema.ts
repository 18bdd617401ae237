import { z } from 'zod'

import { documentTypes } from '../constants/documentTypes'
import { lifeEvents } from '../constants/lifeEvents'
import { newsKinds } from '../constants/newsKinds'
import { officeTypes } from '../constants/officeTypes'
import { placeTypes } from '../constants/placeTypes'
import { serviceCategories } from '../constants/serviceCategories'
import { agidStatementMessage, isAgidStatementUrl } from '../fields/agidStatementUrl'
import { isSafeLinkUrl, unsafeUrlMessage } from '../fields/safeUrl'
import { serviceFormSchema } from '../forms/serviceForm'

/** The seed files in content/: plain data, rich text as Markdown, references by slug. */

const values = <T extends readonly { value: string }[]>(list: T) =>
  z.enum(list.map((item) => item.value) as [T[number]['value'], ...T[number]['value'][]])

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug: lettere minuscole, numeri e trattini')
const markdown = z.string().min(1)
const summary = z.string().min(10).max(160)
const isoDate = z.string().datetime({ offset: true })
const topicRefs = z.array(slug).default([])

export const topicSeed = z.object({ slug, title: z.string(), description: z.string().max(300) })

export const officeSeed = z.object({
  slug,
  title: z.string(),
  type: values(officeTypes),
  summary,
  competences: markdown,
  responsible: z.string().optional(),
  responsibleRole: z.string().optional(),
  parent: slug.optional(),
  contacts: z.object({ phone: z.string().optional(), email: z.string().email().optional(), pec: z.string().email().optional() }),
  address: z.string().optional(),
  place: slug.optional(),
  openingHours: z.array(z.object({ days: z.string(), hours: z.string() })).default([]),
  topics: topicRefs,
})

export const placeSeed = z.object({
  slug,
  title: z.string(),
  type: values(placeTypes),
  summary,
  description: markdown,
  address: z.string(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  openingHours: z.string().optional(),
  access: z.string().optional(),
  contacts: z.object({ phone: z.string().optional(), email: z.string().email().optional(), website: z.string().url().optional() }).default({}),
  topics: topicRefs,
})

export const documentSeed = z.object({
  slug,
  title: z.string(),
  type: values(documentTypes),
  summary,
  description: markdown,
  externalUrl: z.string().url().optional(),
  office: slug.optional(),
  documentDate: isoDate.optional(),
  topics: topicRefs,
})

export const serviceSeed = z.object({
  slug,
  title: z.string().max(120),
  summary,
  category: values(serviceCategories),
  status: z.enum(['attivo', 'non-attivo', 'in-sviluppo']).default('attivo'),
  statusReason: z.string().optional(),
  description: markdown,
  audience: markdown,
  howTo: markdown,
  needed: markdown,
  output: markdown,
  times: markdown,
  maxDays: z.number().int().min(0).optional(),
  costs: markdown.optional(),
  specialCases: markdown.optional(),
  moreInfo: markdown.optional(),
  conditions: z.string().optional(),
  keywords: z.string().optional(),
  channels: z.object({ online: z.boolean(), onlineUrl: z.string().refine(isSafeLinkUrl, unsafeUrlMessage).optional(), inPerson: z.boolean(), booking: z.boolean().default(false) }),
  /** Diritti paid with pagoPA before an online application is submitted. */
  fee: z.object({ amountCents: z.number().int().positive(), reason: z.string().max(140) }).optional(),
  form: serviceFormSchema.optional(),
  office: slug,
  lifeEvents: z.array(values(lifeEvents)).default([]),
  documents: z.array(slug).default([]),
  topics: topicRefs,
}).refine((s) => !s.form?.enabled || s.channels.online, { message: 'un servizio con il modulo online attivo va segnato come disponibile online', path: ['channels', 'online'] })

export const newsSeed = z.object({
  slug,
  title: z.string(),
  kind: values(newsKinds),
  summary,
  body: markdown,
  publishedAt: isoDate,
  offices: z.array(slug).default([]),
  places: z.array(slug).default([]),
  topics: topicRefs,
})

export const eventSeed = z.object({
  slug,
  title: z.string(),
  summary,
  body: markdown,
  startDate: isoDate,
  endDate: isoDate.optional(),
  place: slug.optional(),
  address: z.string().optional(),
  cost: z.string().optional(),
  audience: z.string().optional(),
  organizer: z.string().optional(),
  contacts: z.object({ phone: z.string().optional(), email: z.string().email().optional(), website: z.string().url().optional() }).default({}),
  topics: topicRefs,
})

export const pageSeed = z.object({
  path: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/),
  title: z.string(),
  summary,
  body: markdown.optional(),
  faqs: z.array(z.object({ question: z.string(), answer: z.string() })).default([]),
  menuOrder: z.number().int().default(0),
})

export const settingsSeed = z.object({
  name: z.string(),
  region: z.string(),
  regionUrl: z.string().url(),
  address: z.string(),
  taxCode: z.string(),
  vatNumber: z.string().optional(),
  phone: z.string().optional(),
  tollFree: z.string().optional(),
  email: z.string().email().optional(),
  pec: z.string().email().optional(),
  transparencyUrl: z.string().url().optional(),
  accessibilityUrl: z.string().refine(isAgidStatementUrl, agidStatementMessage).optional(),
  social: z.array(z.object({ network: z.enum(['facebook', 'instagram', 'youtube', 'x', 'telegram', 'whatsapp']), url: z.string().url() })).default([]),
})

export const homepageSeed = z.object({
  highlightedNews: z.array(slug).max(3),
  highlightedServices: z.array(slug).max(6),
  highlightedTopics: z.array(slug).max(6),
})

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'orario: HH:MM')

/** A calendar of appointments of an office: `key` names it in the seed ledger (calendars have no slug). */
export const calendarSeed = z.object({
  key: slug,
  name: z.string().min(1),
  office: slug,
  services: z.array(slug).default([]),
  slotMinutes: z.number().int().min(5),
  desks: z.number().int().min(1),
  horizonDays: z.number().int().min(1),
  cutoffHours: z.number().int().min(0),
  maxPerCitizen: z.number().int().min(1),
  hours: z.array(z.object({ weekday: z.enum(['1', '2', '3', '4', '5', '6', '7']), from: clock, to: clock })).min(1),
})

/** The certificate office's amounts and exempt uses (cms/globals/CertificateSettings.ts); `office` is a slug. */
export const certificateSettingsSeed = z.object({
  office: slug,
  bolloCents: z.number().int().min(0),
  dirittiBolloCents: z.number().int().min(0),
  dirittiEsenteCents: z.number().int().min(0),
  exemptions: z.array(z.object({ label: z.string().min(1).max(200), legalReference: z.string().min(1).max(200) })).min(1),
})

/** A category of reports (cms/collections/ReportCategories.ts); `office` is a slug. */
export const reportCategorySeed = z.object({
  slug,
  name: z.string().min(1).max(80),
  description: z.string().max(300).optional(),
  office: slug,
  targetDays: z.number().int().min(1).max(365),
})

/** A street of the Comune's street list (cms/collections/Streets.ts), with the point it is placed at. */
export const streetSeed = z.object({
  name: z.string().min(1).max(120),
  area: z.string().min(1).max(80),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
})

/** Every seed file, by file name in content/. */
export const contentFiles = {
  'topics.json': z.array(topicSeed),
  'places.json': z.array(placeSeed),
  'offices.json': z.array(officeSeed),
  'documents.json': z.array(documentSeed),
  'services.json': z.array(serviceSeed),
  'news.json': z.array(newsSeed),
  'events.json': z.array(eventSeed),
  'pages.json': z.array(pageSeed),
  'calendars.json': z.array(calendarSeed),
  'settings.json': settingsSeed,
  'homepage.json': homepageSeed,
  'certificates.json': certificateSettingsSeed,
  'report-categories.json': z.array(reportCategorySeed),
  'streets.json': z.array(streetSeed),
} as const

export type ContentFile = keyof typeof contentFiles
export type ServiceSeed = z.infer<typeof serviceSeed>
