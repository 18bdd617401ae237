import { z } from 'astro/zod'

import { urlToSafeHref } from '../lib/urls'

/** The content boundary of the site: every page renders data that passed these schemas (also the preview of drafts). */

const ref = z.object({ slug: z.string(), title: z.string() })
const refs = z.array(ref).default([])
const image = z.object({
  filename: z.string(),
  alt: z.string(),
  width: z.number().optional(),
  height: z.number().optional(),
  variants: z.array(z.object({ name: z.string(), filename: z.string(), width: z.number(), height: z.number().optional() })),
})
/** A link from the CMS, dropped when its scheme is not one the CMS accepts today (old data): pages print it as an href. */
const link = z.string().transform(urlToSafeHref).optional()
const contacts = z.object({ phone: z.string().optional(), email: z.string().optional(), pec: z.string().optional(), website: link }).default({})
const base = { title: z.string(), summary: z.string(), updatedAt: z.coerce.date(), topics: refs }

export const schemas = {
  topics: z.object({ title: z.string(), description: z.string().optional(), updatedAt: z.coerce.date() }),
  offices: z.object({
    ...base, type: z.string(), competencesHtml: z.string().optional(), responsible: z.string().optional(),
    responsibleRole: z.string().optional(), parent: ref.optional(), contacts, address: z.string().optional(),
    place: ref.optional(), openingHours: z.array(z.object({ days: z.string(), hours: z.string() })).default([]),
  }),
  places: z.object({
    ...base, type: z.string(), descriptionHtml: z.string().optional(), image: image.optional(), address: z.string(),
    latitude: z.number().optional(), longitude: z.number().optional(), openingHours: z.string().optional(),
    access: z.string().optional(), contacts,
  }),
  documents: z.object({
    ...base, type: z.string(), descriptionHtml: z.string().optional(),
    file: z.object({ filename: z.string(), filesize: z.number(), mimeType: z.string() }).optional(),
    externalUrl: link, office: ref.optional(), services: refs, documentDate: z.coerce.date().optional(),
    licence: z.string().optional(),
  }),
  services: z.object({
    ...base, status: z.enum(['attivo', 'non-attivo', 'in-sviluppo']), statusReason: z.string().optional(), category: z.string(),
    sections: z.object({
      description: z.string().optional(), audience: z.string(), howTo: z.string(), needed: z.string(), output: z.string(),
      times: z.string(), costs: z.string().optional(), specialCases: z.string().optional(), moreInfo: z.string().optional(),
    }),
    maxDays: z.number().optional(), coverage: z.string().optional(), conditions: z.string().optional(), keywords: z.string().optional(),
    channels: z.object({ online: z.boolean().default(false), onlineUrl: link, inPerson: z.boolean().default(true), booking: z.boolean().default(false) }),
    office: ref.optional(), lifeEvents: z.array(z.string()).default([]), documents: refs,
    /** The service takes applications through the portal's own online form. */
    hasOnlineForm: z.boolean().default(false),
  }),
  news: z.object({
    ...base, kind: z.enum(['notizia', 'comunicato', 'avviso']), bodyHtml: z.string(), image: image.optional(),
    publishedAt: z.coerce.date(), offices: refs, places: refs,
  }),
  events: z.object({
    ...base, bodyHtml: z.string(), image: image.optional(), startDate: z.coerce.date(), endDate: z.coerce.date().optional(),
    place: ref.optional(), address: z.string().optional(), cost: z.string().optional(), audience: z.string().optional(),
    organizer: z.string().optional(), contacts,
  }),
  pages: z.object({
    title: z.string(), path: z.string(), summary: z.string(), bodyHtml: z.string().optional(), updatedAt: z.coerce.date(),
    menuOrder: z.number().default(0), faqs: z.array(z.object({ question: z.string(), answer: z.string() })).default([]),
  }),
  settings: z.object({
    name: z.string(), region: z.string().optional(), regionUrl: link, address: z.string(), taxCode: z.string(),
    vatNumber: z.string().optional(), phone: z.string().optional(), tollFree: z.string().optional(), email: z.string().optional(),
    pec: z.string().optional(), transparencyUrl: link, accessibilityUrl: link,
    social: z.array(z.object({ network: z.string(), url: link })).default([])
      .transform((profiles) => profiles.flatMap(({ network, url }) => (url ? [{ network, url }] : []))),
  }),
  homepage: z.object({ highlightedNews: refs, highlightedServices: refs, highlightedTopics: refs }),
  /** An old address of the site (the entry id) and where it moved. */
  redirects: z.object({ to: z.string() }),
}
