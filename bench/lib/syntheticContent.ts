import type { Payload } from 'payload'

import { serviceCategories } from '../../cms/constants/serviceCategories'

const words = ('comune brindisi servizio cittadini ufficio domanda documento anagrafe scuola mensa trasporto ' +
  'porto lungomare cultura evento piazza biblioteca tributi pagamento ambiente raccolta rifiuti verde parco ' +
  'mobilità parcheggio lavori strada quartiere sportello orari prenotazione certificato residenza').split(' ')

const sentence = (seed: number, length: number) =>
  Array.from({ length }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ')

const paragraph = (text: string) => ({
  type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0,
  children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }],
})
const richText = (paragraphs: string[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: paragraphs.map(paragraph) } })

/** How many synthetic documents of each collection. */
export type SyntheticCounts = { news: number; events: number; services: number; topics: number }

/** Synthetic items per synthetic topic: a topic page lists everything tagged with it, unpaginated, as a real one would. */
const itemsPerTopic = 80

/**
 * The mix of a synthetic site that adds about `pages` pages to the seed one: mostly news (a page each, plus one list
 * page per 10), then events (a page and a calendar file each, one list page per 6), some services, and topics that tie
 * them together.
 */
export function syntheticCounts(pages: number): SyntheticCounts {
  // Paths per item: 0.72 × 1.1 (news and their archive pages) + 0.19 × 2.17 (events, their .ics, their list pages)
  // + 0.09 (services) + 1/80 (topics) ≈ 1.30; measured 1.29 (4,241 items made 5,483 more paths).
  const items = Math.max(0, Math.round(pages / 1.29))
  return {
    news: Math.round(items * 0.72),
    events: Math.round(items * 0.19),
    services: Math.round(items * 0.09),
    topics: Math.ceil(items / itemsPerTopic),
  }
}

const prefix = { news: 'notizia-sintetica', events: 'evento-sintetico', services: 'servizio-sintetico', topics: 'argomento-sintetico' } as const
const chunk = 400

type Inserts = {
  insert: (table: unknown) => { values: (rows: unknown[]) => { returning: (fields: Record<string, unknown>) => Promise<{ id: number }[]> } }
}
/** What this module uses of Payload's Drizzle adapters (SQLite and PostgreSQL alike). */
type Db = {
  drizzle: Inserts & { transaction: <T>(run: (tx: Inserts) => Promise<T>) => Promise<T> }
  tables: Record<string, Record<string, unknown>>
}

/**
 * Adds published synthetic content until the site has `counts` synthetic documents of each collection (what an
 * earlier call added counts), and returns how many it added. Rows go straight into the collections' tables through
 * Payload's database adapter (Drizzle), hundreds per statement, as the site reads them: published, with their topics.
 * No hooks, versions or per-document validation: 20,000 documents take seconds, not the many minutes Payload's
 * create would (tens of ms each). Works on SQLite and PostgreSQL alike.
 */
export async function addSyntheticContent(payload: Payload, counts: SyntheticCounts): Promise<SyntheticCounts> {
  const db = payload.db as unknown as Db
  const existing = async (collection: keyof SyntheticCounts) =>
    (await payload.count({ collection, where: { slug: { like: `${prefix[collection]}-` } }, overrideAccess: true })).totalDocs
  const added: SyntheticCounts = { news: 0, events: 0, services: 0, topics: 0 }
  const now = new Date().toISOString()

  // Topics first: every synthetic item is tagged with one, round-robin.
  const topicsFrom = await existing('topics')
  added.topics = Math.max(0, counts.topics - topicsFrom)
  await insert(db, 'topics', added.topics, (k) => {
    const i = topicsFrom + k + 1
    return { title: `Argomento sintetico ${i}: ${sentence(i, 2)}`, description: sentence(i + 3, 12), generateSlug: false, slug: `${prefix.topics}-${i}`, updatedAt: now, createdAt: now }
  })
  const { docs: topicDocs } = await payload.find({ collection: 'topics', where: { slug: { like: `${prefix.topics}-` } }, limit: 0, pagination: false, depth: 0, sort: 'id' })
  const topicIds = topicDocs.map((d) => d.id as number)
  const topicOf = (i: number) => topicIds[i % topicIds.length]!
  const tagged = (table: string, ids: number[], from: number) =>
    insertRows(db, `${table}_rels`, ids.map((parent, k) => ({ order: 1, parent, path: 'topics', topicsID: topicOf(from + k) })))

  const newsFrom = await existing('news')
  added.news = Math.max(0, counts.news - newsFrom)
  const newsIds = await insert(db, 'news', added.news, (k) => {
    const i = newsFrom + k + 1
    return {
      title: `Notizia sintetica ${i}: ${sentence(i, 6)}`, kind: i % 7 === 0 ? 'avviso' : i % 5 === 0 ? 'comunicato' : 'notizia',
      summary: sentence(i + 1, 14).slice(0, 150), body: richText([1, 2, 3, 4].map((p) => `${sentence(i + p, 60)}.`)),
      publishedAt: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(), generateSlug: false, slug: `${prefix.news}-${i}`,
      updatedAt: now, createdAt: now, _status: 'published',
    }
  })
  if (topicIds.length) await tagged('news', newsIds, newsFrom)

  const eventsFrom = await existing('events')
  added.events = Math.max(0, counts.events - eventsFrom)
  const today = Math.floor(Date.now() / 86_400_000) * 86_400_000
  const eventIds = await insert(db, 'events', added.events, (k) => {
    const i = eventsFrom + k + 1
    // Mostly past events, a tenth still to come: the site lists them apart.
    const start = today + (i % 10 === 0 ? (i % 180) + 1 : -((i % 2000) + 1)) * 86_400_000 + 18 * 3_600_000
    return {
      title: `Evento sintetico ${i}: ${sentence(i, 5)}`, summary: sentence(i + 2, 14).slice(0, 150),
      body: richText([1, 2].map((p) => `${sentence(i + p, 50)}.`)), startDate: new Date(start).toISOString(),
      address: `Piazza ${sentence(i, 1)}, Brindisi`, cost: 'Ingresso libero', generateSlug: false, slug: `${prefix.events}-${i}`,
      updatedAt: now, createdAt: now, _status: 'published',
    }
  })
  if (topicIds.length) await tagged('events', eventIds, eventsFrom)

  const servicesFrom = await existing('services')
  added.services = Math.max(0, counts.services - servicesFrom)
  const { docs: offices } = await payload.find({ collection: 'offices', limit: 0, pagination: false, depth: 0, sort: 'id' })
  const serviceIds = await insert(db, 'services', added.services, (k) => {
    const i = servicesFrom + k + 1
    const text = (n: number, length: number) => richText([`${sentence(i + n, length)}.`])
    return {
      title: `Servizio sintetico ${i}: ${sentence(i, 4)}`.slice(0, 120), summary: sentence(i + 3, 14).slice(0, 150),
      description: text(1, 40), audience: text(2, 20), howTo: text(3, 50), needed: text(4, 20), output: text(5, 10), times: text(6, 10),
      category: serviceCategories[i % serviceCategories.length]!.value, office: offices.length ? (offices[i % offices.length]!.id as number) : null,
      serviceStatus: 'attivo', channels_inPerson: true, generateSlug: false, slug: `${prefix.services}-${i}`, updatedAt: now, createdAt: now, _status: 'published',
    }
  })
  if (topicIds.length) await tagged('services', serviceIds, servicesFrom)
  return added
}

/** Adds `count` published synthetic news items (four paragraphs each), with no topic. */
export async function addSyntheticNews(payload: Payload, count: number): Promise<void> {
  const { docs } = await payload.find({ collection: 'news', where: { slug: { like: `${prefix.news}-` } }, limit: 0, pagination: false, depth: 0 })
  await addSyntheticContent(payload, { news: docs.length + count, events: 0, services: 0, topics: 0 })
}

async function insert(db: Db, table: string, count: number, row: (k: number) => Record<string, unknown>): Promise<number[]> {
  return insertRows(db, table, Array.from({ length: count }, (_, k) => row(k)))
}

async function insertRows(db: Db, table: string, rows: Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = []
  const target = db.tables[table]
  if (!target) throw new Error(`tabella ${table} sconosciuta`)
  if (rows.length === 0) return ids
  // One transaction per table: on SQLite a third faster than committing each statement.
  await db.drizzle.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += chunk) {
      const returned = await tx.insert(target).values(rows.slice(start, start + chunk)).returning({ id: target.id })
      ids.push(...returned.map((r) => r.id))
    }
  })
  return ids
}
