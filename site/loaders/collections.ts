import type { CollectionMapping } from './mapping'
import { compact, fileOf, imageOf, refOf, refsOf } from './fieldMappers'
import { richTextToHtml as html } from './richTextToHtml'

const ref = { slug: true, title: true } as const
const image = { filename: true, alt: true, width: true, height: true, mimeType: true, sizes: true } as const
const bySlug = (doc: Record<string, unknown>) => String(doc.slug)
const common = (doc: Record<string, unknown>) => ({ title: doc.title, summary: doc.summary, updatedAt: doc.updatedAt, topics: refsOf(doc.topics) })

/** How each public CMS collection maps to the site's content collections. */
export const mappings = {
  topics: {
    collection: 'topics',
    idOf: bySlug,
    toData: (d) => compact({ title: d.title, description: d.description, updatedAt: d.updatedAt }),
  },
  offices: {
    collection: 'offices',
    idOf: bySlug,
    populate: { offices: ref, places: ref, topics: ref },
    toData: (d) => compact({
      ...common(d), type: d.type, competencesHtml: html(d.competences), responsible: d.responsible,
      responsibleRole: d.responsibleRole, parent: refOf(d.parent as never), contacts: compact((d.contacts ?? {}) as Record<string, unknown>),
      address: d.address, place: refOf(d.place as never),
      openingHours: ((d.openingHours as { days: string; hours: string }[] | undefined) ?? []).map(({ days, hours }) => ({ days, hours })),
    }),
  },
  places: {
    collection: 'places',
    idOf: bySlug,
    populate: { media: image, topics: ref },
    toData: (d) => compact({
      ...common(d), type: d.type, descriptionHtml: html(d.description), image: imageOf(d.image), address: d.address,
      latitude: d.latitude, longitude: d.longitude, openingHours: d.openingHours, access: d.access,
      contacts: compact((d.contacts ?? {}) as Record<string, unknown>),
    }),
  },
  documents: {
    collection: 'documents',
    idOf: bySlug,
    populate: { offices: ref, services: ref, topics: ref, media: { filename: true, filesize: true, mimeType: true } },
    toData: (d) => compact({
      ...common(d), type: d.type, descriptionHtml: html(d.description), file: fileOf(d.file), externalUrl: d.externalUrl,
      office: refOf(d.office as never), services: refsOf(d.services), documentDate: d.documentDate, licence: d.licence,
    }),
  },
  services: {
    collection: 'services',
    idOf: bySlug,
    populate: { offices: ref, documents: ref, topics: ref },
    toData: (d) => compact({
      ...common(d), status: d.serviceStatus, statusReason: d.statusReason, category: d.category,
      sections: compact({
        description: html(d.description), audience: html(d.audience), howTo: html(d.howTo), needed: html(d.needed),
        output: html(d.output), times: html(d.times), costs: html(d.costs), specialCases: html(d.specialCases), moreInfo: html(d.moreInfo),
      }),
      maxDays: d.maxDays, coverage: d.coverage, conditions: d.conditions, keywords: d.keywords,
      channels: compact((d.channels ?? {}) as Record<string, unknown>), office: refOf(d.office as never),
      lifeEvents: d.lifeEvents ?? [], documents: refsOf(d.documents),
      hasOnlineForm: (d.form as { enabled?: boolean } | null | undefined)?.enabled === true,
    }),
  },
  news: {
    collection: 'news',
    idOf: bySlug,
    populate: { media: image, offices: ref, places: ref, topics: ref },
    toData: (d) => compact({
      ...common(d), kind: d.kind, bodyHtml: html(d.body), image: imageOf(d.image), publishedAt: d.publishedAt,
      offices: refsOf(d.offices), places: refsOf(d.places),
    }),
  },
  events: {
    collection: 'events',
    idOf: bySlug,
    populate: { media: image, places: ref, topics: ref },
    toData: (d) => compact({
      ...common(d), bodyHtml: html(d.body), image: imageOf(d.image), startDate: d.startDate, endDate: d.endDate,
      place: refOf(d.place as never), address: d.address, cost: d.cost, audience: d.audience, organizer: d.organizer,
      contacts: compact((d.contacts ?? {}) as Record<string, unknown>),
    }),
  },
  pages: {
    collection: 'pages',
    idOf: (d) => String(d.path),
    toData: (d) => compact({
      title: d.title, path: d.path, summary: d.summary, bodyHtml: html(d.body), updatedAt: d.updatedAt, menuOrder: d.menuOrder ?? 0,
      faqs: ((d.faqs as { question: string; answer: string }[] | undefined) ?? []).map(({ question, answer }) => ({ question, answer })),
    }),
  },
  redirects: {
    collection: 'redirects',
    idOf: (d) => String(d.from),
    toData: (d) => ({ to: d.to }),
  },
} satisfies Record<string, CollectionMapping>

/**
 * How the public CMS globals map to one-entry collections (id = the global's slug). Shared by the content loaders
 * and the publisher's live store, so both give the pages the same data.
 */
export const globalMappings = {
  settings: (d: Record<string, unknown>) => compact({ ...d, id: undefined, createdAt: undefined, globalType: undefined }),
  homepage: (d: Record<string, unknown>) => ({
    highlightedNews: refsOf(d.highlightedNews), highlightedServices: refsOf(d.highlightedServices), highlightedTopics: refsOf(d.highlightedTopics),
  }),
} as const
