import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Payload } from 'payload'

import { readContent, type SeedContent } from './readContent'
import { loadLedger, record, type SeedReport } from './seedLedger'
import { seedReportCategories, seedStreets } from './seedReports'

type Ids = Map<string, number | string>
type SluggedCollection = Exclude<CollectionSlug, 'users' | 'media' | 'feedback' | 'seed-records' | 'pages' | 'payload-kv' | 'payload-jobs' | 'payload-locked-documents' | 'payload-preferences' | 'payload-migrations'>

export type { SeedReport } from './seedLedger'

/** Seeds content/ into the database: creates what was never seeded, leaves everything else alone. */
export async function seedContent(payload: Payload, contentDir: string): Promise<SeedReport> {
  const content = readContent(contentDir)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const md = (markdown: string | undefined) =>
    markdown === undefined ? undefined : convertMarkdownToLexical({ editorConfig, markdown })
  const ledger = await loadLedger(payload)
  const ids: Ids = new Map()
  const report: SeedReport = {}
  const ref = (collection: string, slug: string | undefined) => (slug ? ids.get(`${collection}:${slug}`) : undefined)
  const refs = (collection: string, slugs: string[]) =>
    slugs.map((s) => ref(collection, s)).filter((id) => id !== undefined)

  const seed = async <T extends { slug: string }>(collection: SluggedCollection, items: T[], toData: (item: T) => Record<string, unknown>) => {
    const tally = (report[collection] ??= { created: 0, skipped: 0 })
    for (const item of items) {
      const key = `${collection}:${item.slug}`
      const existing = await payload.find({ collection, where: { slug: { equals: item.slug } }, limit: 1, depth: 0, draft: true, pagination: false })
      if (existing.docs[0]) ids.set(key, existing.docs[0].id)
      if (ledger.has(key) || existing.docs[0]) {
        tally.skipped++
      } else {
        const doc = await payload.create({ collection, data: { ...toData(item), slug: item.slug, _status: 'published' } as never, draft: false, context: { seeding: true } })
        ids.set(key, doc.id)
        tally.created++
      }
      if (!ledger.has(key)) await record(payload, ledger, key)
    }
  }

  await seed('topics', content['topics.json'], (t) => ({ title: t.title, description: t.description }))
  await seed('places', content['places.json'], (p) => ({ ...p, description: md(p.description), topics: refs('topics', p.topics) }))
  const offices = content['offices.json']
  await seed('offices', offices, (o) => ({ ...o, parent: undefined, place: ref('places', o.place), competences: md(o.competences), topics: refs('topics', o.topics) }))
  await linkParentOffices(payload, offices, ids)
  await seed('documents', content['documents.json'], (d) => ({ ...d, description: md(d.description), office: ref('offices', d.office), topics: refs('topics', d.topics) }))
  await seed('services', content['services.json'], ({ status, ...s }) => ({
    ...s, serviceStatus: status,
    description: md(s.description), audience: md(s.audience), howTo: md(s.howTo), needed: md(s.needed), output: md(s.output),
    times: md(s.times), costs: md(s.costs), specialCases: md(s.specialCases), moreInfo: md(s.moreInfo),
    office: ref('offices', s.office), documents: refs('documents', s.documents), topics: refs('topics', s.topics),
  }))
  await seed('news', content['news.json'], (n) => ({ ...n, body: md(n.body), offices: refs('offices', n.offices), places: refs('places', n.places), topics: refs('topics', n.topics) }))
  await seed('events', content['events.json'], (e) => ({ ...e, body: md(e.body), place: ref('places', e.place), topics: refs('topics', e.topics) }))
  await seedPages(payload, content, ledger, md, report)
  await seedCalendars(payload, content, ledger, ids, report)
  await seedReportCategories(payload, content['report-categories.json'], ledger, (slug) => ids.get(`offices:${slug}`), report)
  await seedStreets(payload, content['streets.json'], ledger, report)
  await seedGlobals(payload, content, ledger, ids)
  return report
}

async function linkParentOffices(payload: Payload, offices: SeedContent['offices.json'], ids: Ids): Promise<void> {
  for (const office of offices) {
    const id = ids.get(`offices:${office.slug}`)
    const parent = office.parent ? ids.get(`offices:${office.parent}`) : undefined
    if (!id || !parent) continue
    const current = await payload.findByID({ collection: 'offices', id, depth: 0, draft: true })
    if (current.parent == null) {
      await payload.update({ collection: 'offices', id, data: { parent: parent as number }, context: { seeding: true } })
    }
  }
}

async function seedPages(
  payload: Payload, content: SeedContent, ledger: Set<string>,
  md: (markdown: string | undefined) => unknown, report: SeedReport,
): Promise<void> {
  const tally = (report.pages ??= { created: 0, skipped: 0 })
  for (const page of content['pages.json']) {
    const key = `pages:${page.path}`
    const existing = await payload.find({ collection: 'pages', where: { path: { equals: page.path } }, limit: 1, depth: 0, draft: true })
    if (ledger.has(key) || existing.docs[0]) {
      tally.skipped++
    } else {
      await payload.create({ collection: 'pages', data: { ...page, body: md(page.body), _status: 'published' } as never, draft: false, context: { seeding: true } })
      tally.created++
    }
    if (!ledger.has(key)) await record(payload, ledger, key)
  }
}

/** The demo's calendars of appointments, keyed in the ledger by `key`; one already there by name and office is left alone. */
async function seedCalendars(payload: Payload, content: SeedContent, ledger: Set<string>, ids: Ids, report: SeedReport): Promise<void> {
  const tally = (report.calendars ??= { created: 0, skipped: 0 })
  for (const { key: name, office: officeSlug, services, ...calendar } of content['calendars.json']) {
    const key = `calendars:${name}`
    const office = ids.get(`offices:${officeSlug}`)
    if (office === undefined) throw new Error(`content/calendars.json: ufficio sconosciuto "${officeSlug}"`)
    const existing = await payload.find({ collection: 'calendars', where: { and: [{ name: { equals: calendar.name } }, { office: { equals: office } }] }, limit: 1, depth: 0 })
    if (ledger.has(key) || existing.docs[0]) {
      tally.skipped++
    } else {
      const serviceIds = services.map((s) => ids.get(`services:${s}`)).filter((id) => id !== undefined)
      await payload.create({ collection: 'calendars', data: { ...calendar, office, services: serviceIds, active: true } as never, context: { seeding: true } })
      tally.created++
    }
    if (!ledger.has(key)) await record(payload, ledger, key)
  }
}

async function seedGlobals(payload: Payload, content: SeedContent, ledger: Set<string>, ids: Ids): Promise<void> {
  if (!ledger.has('globals:settings')) {
    await payload.updateGlobal({ slug: 'settings', data: content['settings.json'], context: { seeding: true } })
    await record(payload, ledger, 'globals:settings')
  }
  if (!ledger.has('globals:homepage')) {
    const home = content['homepage.json']
    const pick = (collection: string, slugs: string[]) =>
      slugs.map((s) => ids.get(`${collection}:${s}`)).filter((id) => id !== undefined) as number[]
    await payload.updateGlobal({
      slug: 'homepage',
      data: { highlightedNews: pick('news', home.highlightedNews), highlightedServices: pick('services', home.highlightedServices), highlightedTopics: pick('topics', home.highlightedTopics) },
      context: { seeding: true },
    })
    await record(payload, ledger, 'globals:homepage')
  }
  if (!ledger.has('globals:certificate-settings')) {
    const { office, exemptions, ...amounts } = content['certificates.json']
    const officeId = ids.get(`offices:${office}`)
    if (officeId === undefined) throw new Error(`content/certificates.json: ufficio sconosciuto "${office}"`)
    await payload.updateGlobal({
      slug: 'certificate-settings',
      data: { ...amounts, office: officeId as number, exemptions: exemptions.map((e) => ({ ...e, active: true })) },
      context: { seeding: true },
    })
    await record(payload, ledger, 'globals:certificate-settings')
  }
}
