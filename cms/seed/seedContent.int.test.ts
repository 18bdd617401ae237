import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rootDir } from '../env'
import { formFromService } from '../forms/serviceForm'
import { startTestPayload, type TestPayload } from '../testing/testPayload'
import { readContent } from './readContent'
import { seedContent, type SeedReport } from './seedContent'

const contentDir = path.join(rootDir, 'content')
const content = readContent(contentDir)
let t: TestPayload
let first: SeedReport

beforeAll(async () => {
  t = await startTestPayload()
  first = await seedContent(t.payload, contentDir)
}, 300_000)
afterAll(async () => t?.cleanup())

const created = (report: SeedReport) => Object.values(report).reduce((n, r) => n + r.created, 0)

describe('seeding content/', () => {
  it('loads every item of the seed files, published', async () => {
    expect(first.services.created).toBe(content['services.json'].length)
    expect(first.news.created).toBe(content['news.json'].length)
    expect(first.pages.created).toBe(content['pages.json'].length)
    const published = await t.payload.count({ collection: 'services', where: { _status: { equals: 'published' } } })
    expect(published.totalDocs).toBe(content['services.json'].length)
  })

  it('resolves references by slug and converts Markdown to rich text', async () => {
    const seed = content['services.json'][0]!
    const { docs } = await t.payload.find({ collection: 'services', where: { slug: { equals: seed.slug } }, depth: 1 })
    const service = docs[0]!
    expect(typeof service.office === 'object' && service.office?.slug).toBe(seed.office)
    expect(JSON.stringify(service.howTo)).toContain('"type":"root"')
  })

  it('stores the online forms so that they read back as seeded', async () => {
    const seeded = content['services.json'].filter((s) => s.form)
    expect(seeded.length).toBeGreaterThan(0)
    const { docs } = await t.payload.find({ collection: 'services', where: { slug: { in: seeded.map((s) => s.slug) } }, limit: 0, pagination: false })
    for (const seed of seeded) expect(formFromService(docs.find((d) => d.slug === seed.slug)!)).toEqual(seed.form)
  })

  it('opens the demo calendars of appointments with their office, services and hours', async () => {
    expect(first.calendars.created).toBe(content['calendars.json'].length)
    const seed = content['calendars.json'][0]!
    const { docs } = await t.payload.find({ collection: 'calendars', where: { name: { equals: seed.name } }, depth: 1 })
    const calendar = docs[0]!
    expect(typeof calendar.office === 'object' && calendar.office?.slug).toBe(seed.office)
    expect((calendar.services ?? []).map((s) => typeof s === 'object' && s.slug)).toEqual(seed.services)
    expect(calendar.hours?.map(({ weekday, from, to }) => ({ weekday, from, to }))).toEqual(seed.hours)
  })

  it('creates nothing the second time', async () => {
    const again = await seedContent(t.payload, contentDir)
    expect(created(again)).toBe(0)
    expect((await t.payload.count({ collection: 'news' })).totalDocs).toBe(content['news.json'].length)
  })

  it('keeps what staff changed and does not bring back what they deleted', async () => {
    const [edited, removed] = content['news.json']
    const { docs } = await t.payload.find({ collection: 'news', where: { slug: { in: [edited!.slug, removed!.slug] } } })
    const editedDoc = docs.find((d) => d.slug === edited!.slug)!
    await t.payload.update({ collection: 'news', id: editedDoc.id, data: { title: 'Titolo cambiato dalla redazione' } })
    await t.payload.delete({ collection: 'news', id: docs.find((d) => d.slug === removed!.slug)!.id })
    await t.payload.updateGlobal({ slug: 'settings', data: { phone: '+39 0831 000000' } })

    const again = await seedContent(t.payload, contentDir)
    expect(created(again)).toBe(0)
    expect((await t.payload.findByID({ collection: 'news', id: editedDoc.id })).title).toBe('Titolo cambiato dalla redazione')
    expect((await t.payload.find({ collection: 'news', where: { slug: { equals: removed!.slug } } })).totalDocs).toBe(0)
    expect((await t.payload.findGlobal({ slug: 'settings' })).phone).toBe('+39 0831 000000')
  })
})
