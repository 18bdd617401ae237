import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../testing/testPayload'
import { startPublisherLoop } from './publisherLoop'
import { publishSite, type SiteBuilder } from './publishSite'
import { publishTaskSlug, setSiteBuilder } from './rebuildQueue'
import { CommandError } from './runCommand'
import { siteFolders } from './siteFolders'

let t: TestPayload
let payload: Payload
let outDir: string

const richText = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }] },
})
const newsData = (title: string, status: 'published' | 'draft' = 'published') =>
  ({ title, slug: title.toLowerCase().replace(/[^a-z0-9]+/g, '-'), summary: `Sintesi di ${title}`, body: richText('Testo della notizia.'), kind: 'notizia', publishedAt: new Date().toISOString(), _status: status }) as never

/** A builder that writes a one-page site naming its build, and records how many run at once. */
function recordingBuilder(options: { delayMs?: number; fail?: boolean } = {}) {
  const state = { running: 0, maxRunning: 0, builds: 0 }
  const builder: SiteBuilder = async (dir) => {
    state.running++
    state.maxRunning = Math.max(state.maxRunning, state.running)
    try {
      mkdirSync(path.join(dir, 'client'), { recursive: true })
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 50))
      if (options.fail) throw new CommandError('astro build è terminato con codice 1', '[content] Campo "title" mancante nella notizia 42')
      state.builds++
      writeFileSync(path.join(dir, 'client', 'index.html'), `build ${path.basename(dir)}`)
      return { pages: 1 }
    } finally {
      state.running--
    }
  }
  return { builder, state }
}

async function pendingPublishJobs() {
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: publishTaskSlug } }, { completedAt: { exists: false } }] }, depth: 0, limit: 100 })
  return docs
}

/** Runs the queue until no rebuild is pending or running. */
async function drain(loops = 1) {
  const workers = Array.from({ length: loops }, () => startPublisherLoop(payload, { intervalMs: 20 }))
  for (let i = 0; i < 500 && (await pendingPublishJobs()).length > 0; i++) await new Promise((r) => setTimeout(r, 20))
  await Promise.all(workers.map((w) => w.stop()))
}

const liveHtml = () => readFileSync(path.join(siteFolders(outDir).liveClientDir, 'index.html'), 'utf8')

beforeAll(async () => {
  process.env.SPORTELLO_PUBLISH_DEBOUNCE_MS = '150'
  t = await startTestPayload()
  payload = t.payload
  outDir = path.join(t.dataDir, 'dist')
  process.env.SPORTELLO_SITE_OUT = outDir
  setSiteBuilder(recordingBuilder({ delayMs: 5 }).builder)
})
afterAll(async () => {
  setSiteBuilder(undefined)
  await t?.cleanup()
})
beforeEach(async () => {
  await drain()
})

describe('rebuild requests', () => {
  it('makes one debounced rebuild of a burst of saves, naming every change', async () => {
    const before = Date.now()
    for (const title of ['Prima notizia', 'Seconda notizia', 'Terza notizia']) await payload.create({ collection: 'news', data: newsData(title) })
    const jobs = await pendingPublishJobs()
    expect(jobs).toHaveLength(1)
    expect(String((jobs[0]!.input as { reason: string }).reason)).toMatch(/Prima notizia.*Seconda notizia.*Terza notizia/)
    expect(new Date(jobs[0]!.waitUntil!).getTime()).toBeGreaterThanOrEqual(before + 150)
  })

  it('never postpones a rebuild more than five seconds after the first request of a burst', async () => {
    await payload.create({ collection: 'news', data: newsData('Primo salvataggio') })
    const [first] = await pendingPublishJobs()
    const since = new Date((first!.input as { since: string }).since).getTime()
    // Pretend the burst started long ago: the next save must not push the build further.
    await payload.update({ collection: 'payload-jobs', id: first!.id, data: { input: { reason: 'news: Primo salvataggio', since: new Date(since - 60_000).toISOString() } } })
    await payload.create({ collection: 'news', data: newsData('Salvataggio successivo') })
    const [latest] = await pendingPublishJobs()
    expect(new Date(latest!.waitUntil!).getTime()).toBeLessThanOrEqual(since - 60_000 + 5_000)
  })

  it('queues nothing for a draft that was never published', async () => {
    await payload.create({ collection: 'news', data: newsData('Bozza riservata', 'draft'), draft: true })
    expect(await pendingPublishJobs()).toHaveLength(0)
  })

  it('queues a rebuild when published content is unpublished or deleted, and when a global changes', async () => {
    const news = await payload.create({ collection: 'news', data: newsData('Da ritirare') })
    await drain()
    await payload.update({ collection: 'news', id: news.id, data: { _status: 'draft' } as never })
    expect(await pendingPublishJobs()).toHaveLength(1)
    await drain()
    // Deleting it now changes nothing on the site; deleting a published one does.
    await payload.delete({ collection: 'news', id: news.id })
    expect(await pendingPublishJobs()).toHaveLength(0)
    const published = await payload.create({ collection: 'news', data: newsData('Da eliminare') })
    await drain()
    await payload.delete({ collection: 'news', id: published.id })
    expect(await pendingPublishJobs()).toHaveLength(1)
    await drain()
    await payload.updateGlobal({ slug: 'homepage', data: {} })
    expect(await pendingPublishJobs()).toHaveLength(1)
  })
})

describe('the publisher', () => {
  it('never runs two builds at once, even with two workers, and swaps each finished build in', async () => {
    const { builder, state } = recordingBuilder({ delayMs: 300 })
    setSiteBuilder(builder)
    await payload.create({ collection: 'news', data: newsData('Notizia A') })
    const workers = [startPublisherLoop(payload, { intervalMs: 20 }), startPublisherLoop(payload, { intervalMs: 20 })]
    // While the first build runs, another publication arrives: it must wait, then build.
    while (state.running === 0) await new Promise((r) => setTimeout(r, 10))
    const liveBefore = siteFolders(outDir).liveBuildId()
    await payload.create({ collection: 'news', data: newsData('Notizia B') })
    for (let i = 0; i < 300 && (state.builds < 2 || (await pendingPublishJobs()).length > 0); i++) await new Promise((r) => setTimeout(r, 20))
    await Promise.all(workers.map((w) => w.stop()))
    expect(state.maxRunning).toBe(1)
    expect(state.builds).toBe(2)
    const live = siteFolders(outDir).liveBuildId()
    expect(live).not.toBe(liveBefore)
    expect(liveHtml()).toBe(`build ${live}`)
    const { docs } = await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 2 })
    expect(docs.map((d) => d.status)).toEqual(['succeeded', 'succeeded'])
    expect(docs[0]!.reason).toContain('Notizia B')
  })

  it('makes a second publisher wait for the lock on the output folder, whatever the queue does', async () => {
    const { builder, state } = recordingBuilder({ delayMs: 200 })
    const results = await Promise.all([1, 2, 3].map((n) => publishSite(payload, { outDir, reason: `diretta ${n}`, builder })))
    expect(state.maxRunning).toBe(1)
    expect(results.map((r) => r.status)).toEqual(['succeeded', 'succeeded', 'succeeded'])
    expect(existsSync(path.join(outDir, '.pubblicazione.lock'))).toBe(false)
  })

  it('keeps serving the old build while a new one is written, then switches in one step', async () => {
    setSiteBuilder(recordingBuilder().builder)
    await payload.create({ collection: 'news', data: newsData('Notizia C') })
    await drain()
    const oldLive = siteFolders(outDir).liveBuildId()
    const { builder, state } = recordingBuilder({ delayMs: 400 })
    setSiteBuilder(builder)
    await payload.create({ collection: 'news', data: newsData('Notizia D') })
    const worker = startPublisherLoop(payload, { intervalMs: 20 })
    while (state.running === 0) await new Promise((r) => setTimeout(r, 10))
    // Mid-build: the half-written folder exists, but visitors still get the old one.
    expect(readdirSync(siteFolders(outDir).buildsDir).length).toBeGreaterThan(1)
    expect(liveHtml()).toBe(`build ${oldLive}`)
    while (state.builds === 0) await new Promise((r) => setTimeout(r, 10))
    await worker.stop()
    await drain()
    expect(liveHtml()).toBe(`build ${siteFolders(outDir).liveBuildId()}`)
    expect(siteFolders(outDir).liveBuildId()).not.toBe(oldLive)
  })

  it('leaves the live site untouched when a build fails, and shows staff the error', async () => {
    setSiteBuilder(recordingBuilder().builder)
    await payload.create({ collection: 'news', data: newsData('Notizia E') })
    await drain()
    const live = siteFolders(outDir).liveBuildId()
    const html = liveHtml()
    setSiteBuilder(recordingBuilder({ fail: true }).builder)
    await payload.create({ collection: 'news', data: newsData('Notizia F') })
    await drain()
    expect(siteFolders(outDir).liveBuildId()).toBe(live)
    expect(liveHtml()).toBe(html)
    const [failed] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs
    expect(failed!.status).toBe('failed')
    expect(failed!.error).toContain('Campo "title" mancante')
    expect(existsSync(path.join(siteFolders(outDir).buildsDir, failed!.buildId!))).toBe(false)
  })

  it('keeps only the last builds on disk', async () => {
    setSiteBuilder(recordingBuilder({ delayMs: 5 }).builder)
    for (const title of ['G', 'H', 'I', 'J', 'K']) {
      await payload.create({ collection: 'news', data: newsData(`Notizia ${title}`) })
      await drain()
    }
    const kept = readdirSync(siteFolders(outDir).buildsDir)
    expect(kept.length).toBeLessThanOrEqual(4)
    expect(kept).toContain(siteFolders(outDir).liveBuildId())
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft at its date with nobody present, and rebuilds the site', async () => {
    setSiteBuilder(recordingBuilder({ delayMs: 5 }).builder)
    const editor = await payload.create({ collection: 'users', data: { email: `redazione-${Date.now()}@comune.test`, password: 'password-lunga-123', name: 'Redazione', roles: ['editor'] } })
    const draft = await payload.create({ collection: 'news', data: newsData('Notizia programmata', 'draft'), draft: true })
    // What the admin's "Programma pubblicazione" queues; the date is already due.
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: draft.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    const worker = startPublisherLoop(payload, { intervalMs: 20 })
    for (let i = 0; i < 200; i++) {
      const doc = await payload.findByID({ collection: 'news', id: draft.id, depth: 0 })
      if (doc._status === 'published') break
      await new Promise((r) => setTimeout(r, 20))
    }
    await worker.stop()
    expect((await payload.findByID({ collection: 'news', id: draft.id, depth: 0 }))._status).toBe('published')
    await drain()
    const [latest] = (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1 })).docs
    expect(latest!.reason).toContain('Notizia programmata')
  })
})

describe('redirects', () => {
  it('keeps the old address of a published document working after a slug change, without chains', async () => {
    const news = await payload.create({ collection: 'news', data: { ...(newsData('Nuovo orario') as object), slug: 'orario-uffici' } as never })
    await payload.update({ collection: 'news', id: news.id, data: { slug: 'orario-uffici-estivo' } })
    const first = await payload.find({ collection: 'redirects', where: { from: { equals: '/notizie/orario-uffici/' } } })
    expect(first.docs[0]?.to).toBe('/notizie/orario-uffici-estivo/')
    await payload.update({ collection: 'news', id: news.id, data: { slug: 'orario-uffici-2027' } })
    const all = await payload.find({ collection: 'redirects', where: { to: { like: '/notizie/orario-uffici' } }, limit: 10 })
    expect(Object.fromEntries(all.docs.map((r) => [r.from, r.to]))).toEqual({
      '/notizie/orario-uffici/': '/notizie/orario-uffici-2027/',
      '/notizie/orario-uffici-estivo/': '/notizie/orario-uffici-2027/',
    })
    // Back to an old address: that address is a page again, not a redirect.
    await payload.update({ collection: 'news', id: news.id, data: { slug: 'orario-uffici' } })
    expect((await payload.find({ collection: 'redirects', where: { from: { equals: '/notizie/orario-uffici/' } } })).docs).toHaveLength(0)
  })

  it('refuses a redirect that is not a path of this site', async () => {
    await expect(payload.create({ collection: 'redirects', data: { from: '/vecchia/', to: 'https://altro.example/' } })).rejects.toMatchObject({
      data: { errors: [{ path: 'to', message: expect.stringMatching(/percorso del sito/) }] },
    })
  })
})
