import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentTypes } from '../constants/documentTypes'
import { newsKinds } from '../constants/newsKinds'
import { officeTypes } from '../constants/officeTypes'
import { placeTypes } from '../constants/placeTypes'
import { serviceCategories } from '../constants/serviceCategories'
import { rootDir } from '../env'
import type { SiteBuild } from '../payload-types'
import { officeHolders } from '../offices/refuseDeleteInUse'
import { prepareDatabase } from '../prepareDatabase'
import { settingsOf } from '../settings/cmsSettings'
import { startTestPayload, type TestPayload } from '../testing/testPayload'
import { publishSite } from './publishSite'
import { siteFolders } from './siteFolders'
import { searchFileHasTwin } from './search/searchIndex'

// The correctness oracle of incremental publishing (issue 18): after any sequence of publications, the live site is
// identical, file by file, to what a full build of the same content gives. A seeded-random sequence of editorial
// operations over every public collection and both globals, with an incremental publication every few operations;
// at checkpoints (midway and at the end) a full build into a second folder is compared with the live one.
//
// Reproduce a failure with the seed it prints: SPORTELLO_ORACLE_SEED=<seed> npx vitest run cms/publishing/oracle.int.test.ts
// Other knobs: SPORTELLO_ORACLE_OPS (operations, default 60), SPORTELLO_ORACLE_CHECKS (comparisons, default 2),
// SPORTELLO_ORACLE_KEEP=1 keeps both output folders for inspection (they are kept anyway when the comparison fails).

/**
 * Bytes allowed to differ between the incrementally published site and a full build of the same content: in files
 * whose path (relative to the client folder) matches `files`, the matches of `bytes` are masked before comparing
 * (in the precompressed .br/.gz twins too, after decompressing them). Empty: both builds render the same content
 * with the same templates, and nothing on the site depends on when or where it was built. Add an entry only for a
 * real need, saying why.
 */
export const volatileBytes: { files: RegExp; bytes: RegExp; why: string }[] = []

/**
 * Files compared by what they mean instead of byte for byte: `canonical` turns the matching files of a client folder
 * into one text, and the two texts must be equal. One entry, the search index: a publication patches it keeping page
 * ids stable (an edited page keeps its id, a new one takes the next, a removed one leaves a hole until the next full
 * index: cms/publishing/search/searchIndex.ts), so its files name the same pages by other ids than a full index
 * does. Compared as url → page, term → (url, score) and url → term files, plus every precompressed twin decompressing
 * to its file (a stale twin would be served).
 */
export const comparedByMeaning: { files: RegExp; why: string; canonical: (clientDir: string) => string }[] = [
  { files: /^ricerca\/(?!motore\.js)/, why: 'indice di ricerca: id delle pagine stabili tra una pubblicazione e l’altra', canonical: canonicalSearchIndex },
]

/** The search index of a client folder without its page ids (see comparedByMeaning). */
function canonicalSearchIndex(clientDir: string): string {
  const dir = path.join(clientDir, 'ricerca')
  if (!existsSync(dir)) return 'nessun indice'
  const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown
  const files = filesOf(dir)
  const { v, pages, blockSize, perFile } = json(path.join(dir, 'indice.json')) as Record<string, unknown>
  const urlOf = new Map<number, string>()
  const out: string[] = [`v ${v}, pagine ${pages}, blocchi di ${blockSize}, frammenti per file ${perFile}`]
  for (const rel of files) {
    if (!/^p\/\d+\.json$/.test(rel)) continue
    // A file of fragments (id → page): which file holds a page follows from its id.
    for (const [id, data] of Object.entries(json(path.join(dir, rel)) as Record<string, { u: string }>)) {
      urlOf.set(Number(id), data.u)
      out.push(`pagina ${JSON.stringify(data)}`)
    }
  }
  for (const rel of files) {
    if (!/^t\/\d+\/[^/]+\.json$/.test(rel)) continue
    for (const [term, encoded] of Object.entries(json(path.join(dir, rel)) as Record<string, number[]>)) {
      let id = 0
      for (let i = 0; i < encoded.length; i += 2) {
        id += encoded[i]!
        out.push(`termine ${term} ${urlOf.get(id) ?? `id ${id} senza pagina`} ${encoded[i + 1]}`)
      }
    }
  }
  for (const rel of files) {
    if (!/^stato\/[^/]+\.json$/.test(rel)) continue
    // The state maps each indexed page to its id; ids differ by design (a patch keeps them stable), pages must not.
    for (const file of Object.keys(json(path.join(dir, rel)) as Record<string, unknown>)) out.push(`stato ${file}`)
  }
  for (const rel of files) {
    const twin = rel.match(/^(.*)\.(br|gz)$/)
    if (!twin) continue
    const bytes = readFileSync(path.join(dir, rel))
    const plain = existsSync(path.join(dir, twin[1]!)) ? readFileSync(path.join(dir, twin[1]!)) : undefined
    const unpacked = twin[2] === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes)
    if (!plain || !unpacked.equals(plain)) out.push(`gemello non corrispondente: ricerca/${rel}`)
  }
  return out.sort().join('\n')
}

/** What this test needs of the publisher beyond today's options (issue 18): a full build on demand. */
type OracleOptions = Parameters<typeof publishSite>[1] & { full?: boolean }
/** The fields the incremental publisher adds to site-builds; optional so the test reads builds of either publisher. */
type OracleBuild = SiteBuild & { kind?: string | null; rendered?: number | null; removed?: number | null }

// Locally every run draws a new sequence; CI runs one fixed sequence (passed on SQLite and PostgreSQL), so whether a
// submission lands never depends on the draw. A failure found locally is kept by running its seed.
const seed = Number(process.env.SPORTELLO_ORACLE_SEED ?? (process.env.CI ? 1044232971 : Math.floor(Math.random() * 2 ** 31)))
const operations = Number(process.env.SPORTELLO_ORACLE_OPS ?? 60)
const checks = Math.max(1, Number(process.env.SPORTELLO_ORACLE_CHECKS ?? 2))

/** mulberry32: a tiny seeded generator, so one number reproduces the whole sequence. */
function generator(state: number) {
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const random = generator(seed)
const int = (n: number) => Math.floor(random() * n)
const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!
const filterAsync = async <T,>(items: T[], keep: (item: T) => Promise<boolean>): Promise<T[]> => {
  const kept: T[] = []
  for (const item of items) if (await keep(item)) kept.push(item)
  return kept
}
const some = <T,>(items: readonly T[], max: number): T[] => [...items].sort(() => random() - 0.5).slice(0, int(max + 1))

const words = ('porto lungomare castello svevo colonne romane biblioteca tributi scuola mensa quartiere parco ' +
  'mercato anagrafe cantiere viabilità bando contributo festa patronale concerto mostra sportello ambiente').split(' ')
const phrase = (length: number) => Array.from({ length }, () => pick(words)).join(' ')
const richText = (text: string) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] }],
  },
})

const collections = ['news', 'events', 'services', 'offices', 'places', 'documents', 'pages', 'topics'] as const
type Collection = (typeof collections)[number]
const globals = ['settings', 'homepage'] as const
const kinds = ['nuovo', 'modifica', 'collegamenti', 'slug', 'ritiro', 'ripubblicazione', 'eliminazione', 'bozza'] as const
type Kind = (typeof kinds)[number]
/** Topics have no drafts: they are live as soon as they are saved. */
const hasDrafts = (collection: Collection) => collection !== 'topics'
/** The rich-text field each collection shows as its body. */
const bodyField: Record<Collection, string> = {
  news: 'body', events: 'body', services: 'howTo', offices: 'competences', places: 'description', documents: 'description', pages: 'body', topics: 'description',
}

let t: TestPayload
let payload: Payload
// Astro's server chunks resolve packages from where they are written: the output folders go inside the project.
const workDir = path.join(rootDir, `dist-oracolo-${process.pid}`)
const liveOut = path.join(workDir, 'incrementale')
const fullOut = path.join(workDir, 'completa')
const log: string[] = []
let failed = false
let counter = 0
/** The kind of each build asked to be incremental, as the publisher recorded it (undefined: a publisher without kinds). */
const incrementalKinds: (string | undefined)[] = []

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  // The publisher compiles the site into its own output folder (SPORTELLO_SITE_OUT, here in the test's temporary
  // folder, outside the project): the compiled server chunks import packages, which Node finds through this link.
  const siteOut = settingsOf(payload).siteOut
  if (!siteOut.startsWith(`${rootDir}${path.sep}`)) {
    mkdirSync(siteOut, { recursive: true })
    symlinkSync(path.join(rootDir, 'node_modules'), path.join(siteOut, 'node_modules'), 'dir')
  }
  await prepareDatabase(payload)
}, 900_000)

afterAll(async () => {
  if (!failed && process.env.SPORTELLO_ORACLE_KEEP !== '1') rmSync(workDir, { recursive: true, force: true })
  // The publisher's renderer (issue 18) keeps the compiled site loaded for the next publication: closed here, when it
  // exists (a variable specifier, so this file also runs against a publisher without it).
  const renderer = './render/renderSite.ts'
  const render = (await import(/* @vite-ignore */ renderer).catch(() => undefined)) as { closeRenderer?: () => Promise<void> } | undefined
  await render?.closeRenderer?.()
  await t?.cleanup()
})

async function publish(outDir: string, full: boolean, reason: string): Promise<OracleBuild> {
  const options: OracleOptions = { outDir, reason, full }
  const started = performance.now()
  const build = (await publishSite(payload, options)) as OracleBuild
  const ms = Math.round(performance.now() - started)
  log.push(`  → pubblicazione ${build.kind ?? (full ? 'completa' : 'incrementale')} ${build.status} in ${ms} ms` +
    ` (pagine ${build.pages ?? '?'}, rese ${build.rendered ?? '?'}, rimosse ${build.removed ?? '?'})`)
  if (build.status !== 'succeeded') throw new Error(`pubblicazione non riuscita: ${build.error}`)
  if (!full) incrementalKinds.push(build.kind ?? undefined)
  return build
}

async function ids(collection: Collection, status?: 'published' | 'draft'): Promise<(number | string)[]> {
  const where: Where = status && hasDrafts(collection) ? { _status: { equals: status } } : {}
  const { docs } = await payload.find({ collection, where, limit: 0, pagination: false, depth: 0, sort: 'id' })
  return docs.map((d) => d.id)
}

/** A new, published document of the collection, tied to existing ones as an editor would. */
async function newDoc(collection: Collection): Promise<Record<string, unknown>> {
  const n = ++counter
  const title = `${phrase(3)} oracolo ${n}`
  const summary = `Sintesi ${n}: ${phrase(8)}`.slice(0, 160)
  const body = richText(`Testo ${n}: ${phrase(20)}.`)
  const topics = some(await ids('topics'), 3)
  const day = 86_400_000
  switch (collection) {
    case 'news':
      return { title, summary, body, kind: pick(newsKinds).value, publishedAt: new Date(Date.UTC(2025, 0, 1) + int(700) * day).toISOString(), topics, offices: some(await ids('offices'), 2), places: some(await ids('places'), 1) }
    case 'events': {
      // Past and upcoming events alike: the site lists them apart by today's date.
      const start = new Date(Math.floor(Date.now() / day) * day + (int(120) - 60) * day + 9 * 3_600_000)
      return { title, summary, body, startDate: start.toISOString(), endDate: new Date(start.getTime() + int(3) * day).toISOString(), place: pick(await ids('places')), topics }
    }
    case 'services':
      return {
        title, summary, description: body, audience: richText(phrase(10)), howTo: richText(phrase(12)), needed: richText(phrase(6)),
        output: richText(phrase(5)), times: richText(phrase(4)), category: pick(serviceCategories).value, office: pick(await ids('offices')),
        documents: some(await ids('documents'), 2), topics,
      }
    case 'offices':
      return { title, summary, competences: body, type: pick(officeTypes).value, place: pick(await ids('places')), topics }
    case 'places':
      return { title, summary, description: body, type: pick(placeTypes).value, address: `Via ${phrase(2)} ${n}, Brindisi`, topics }
    case 'documents':
      return { title, summary, description: body, type: pick(documentTypes).value, office: pick(await ids('offices')), services: some(await ids('services'), 2), topics }
    case 'pages':
      return { title, summary, body, path: `${pick(['', 'amministrazione/', 'vivere-il-comune/'])}pagina-oracolo-${n}`, menuOrder: int(5) }
    case 'topics':
      return { title, description: summary }
  }
}

/** Applies one operation and says what it did (undefined when the collection has nothing it applies to). */
async function apply(collection: Collection, kind: Kind): Promise<string | undefined> {
  const published = () => ids(collection, 'published')
  const status = hasDrafts(collection) ? { _status: 'published' } : {}
  switch (kind) {
    case 'nuovo': {
      const doc = await payload.create({ collection, data: { ...(await newDoc(collection)), ...status } as never })
      return `${collection} ${doc.id}: pubblicato`
    }
    case 'modifica': {
      const id = pick(await published())
      if (id === undefined) return undefined
      const n = ++counter
      // Title, summary and body, alone or together (a new title also regenerates a generated slug).
      const what = pick([['title'], ['summary'], ['body'], ['title', 'summary', 'body']])
      const data: Record<string, unknown> = { ...status }
      if (what.includes('title')) data.title = `${phrase(3)} modificato ${n}`
      if (what.includes('summary')) data[collection === 'topics' ? 'description' : 'summary'] = `Sintesi modificata ${n}: ${phrase(6)}`
      if (what.includes('body') && collection !== 'topics') data[bodyField[collection]] = richText(`Testo modificato ${n}: ${phrase(15)}.`)
      await payload.update({ collection, id, data: data as never })
      return `${collection} ${id}: modificato (${what.join(', ')})`
    }
    case 'collegamenti': {
      // What ties documents together — topics, offices, places, documents — and the dates lists are ordered by.
      if (collection === 'pages' || collection === 'topics') return undefined
      const id = pick(await published())
      if (id === undefined) return undefined
      const day = 86_400_000
      const data: Record<string, unknown> = { ...status, topics: some(await ids('topics'), 3) }
      if (collection === 'news') Object.assign(data, { offices: some(await ids('offices'), 2), places: some(await ids('places'), 2), publishedAt: new Date(Date.UTC(2025, 0, 1) + int(700) * day).toISOString() })
      if (collection === 'events') {
        const start = new Date(Math.floor(Date.now() / day) * day + (int(120) - 60) * day + 10 * 3_600_000)
        Object.assign(data, { place: pick(await ids('places')), startDate: start.toISOString(), endDate: null })
      }
      if (collection === 'services') Object.assign(data, { office: pick(await ids('offices')), documents: some(await ids('documents'), 2) })
      if (collection === 'documents') Object.assign(data, { office: pick(await ids('offices')), services: some(await ids('services'), 2) })
      if (collection === 'offices') Object.assign(data, { place: pick(await ids('places')), parent: pick([null, ...(await ids('offices')).filter((o) => o !== id)]) })
      await payload.update({ collection, id, data: data as never })
      return `${collection} ${id}: nuovi collegamenti (${Object.keys(data).filter((k) => k !== '_status').join(', ')})`
    }
    case 'slug': {
      const id = pick(await published())
      if (id === undefined) return undefined
      const doc = (await payload.findByID({ collection, id, depth: 0 })) as unknown as Record<string, unknown>
      const n = ++counter
      const data = collection === 'pages'
        ? { path: `${String(doc.path).replace(/-v\d+$/, '')}-v${n}` }
        : { slug: `${String(doc.slug).replace(/-v\d+$/, '')}-v${n}`, generateSlug: false }
      await payload.update({ collection, id, data: { ...data, ...status } as never })
      return `${collection} ${id}: nuovo indirizzo ${Object.values(data)[0]}`
    }
    case 'ritiro': {
      if (!hasDrafts(collection)) return undefined
      const id = pick(await published())
      if (id === undefined) return undefined
      await payload.update({ collection, id, data: { _status: 'draft' } as never })
      return `${collection} ${id}: ritirato`
    }
    case 'ripubblicazione': {
      if (!hasDrafts(collection)) return undefined
      const id = pick(await ids(collection, 'draft'))
      if (id === undefined) return undefined
      await payload.update({ collection, id, data: { _status: 'published' } as never })
      return `${collection} ${id}: ripubblicato`
    }
    case 'eliminazione': {
      // An office that records need (a calendar, a service…) is refused by the admin (cms/offices/refuseDeleteInUse.ts):
      // staff move those first. The oracle deletes only what can be deleted.
      const candidates = await ids(collection)
      const deletable = collection === 'offices' ? await filterAsync(candidates, async (candidate) => (await officeHolders(payload, candidate)).length === 0) : candidates
      const id = pick(deletable)
      if (id === undefined) return undefined
      await payload.delete({ collection, id })
      return `${collection} ${id}: eliminato`
    }
    case 'bozza': {
      // A draft saved over a published document: the site must not change.
      if (!hasDrafts(collection)) return undefined
      const id = pick(await published())
      if (id === undefined) return undefined
      await payload.update({ collection, id, draft: true, data: { title: `Bozza non pubblicata ${++counter}` } as never })
      return `${collection} ${id}: bozza salvata`
    }
  }
}

async function applyGlobal(slug: (typeof globals)[number]): Promise<string> {
  const n = ++counter
  if (slug === 'settings') {
    await payload.updateGlobal({ slug, data: { phone: `+39 0831 ${String(100000 + n).slice(-6)}` } as never })
    return `settings: nuovo centralino`
  }
  const [news, services, topics] = await Promise.all([ids('news'), ids('services'), ids('topics')])
  await payload.updateGlobal({ slug, data: { highlightedNews: some(news, 3), highlightedServices: some(services, 6), highlightedTopics: some(topics, 6) } as never })
  return `homepage: nuovi contenuti in evidenza`
}

/** Every file under `dir`, by path relative to it (links followed, as the public server does). */
function filesOf(dir: string): string[] {
  const out: string[] = []
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative))) {
      const rel = relative ? `${relative}/${entry}` : entry
      const full = path.join(dir, rel)
      if (lstatSync(full).isDirectory()) walk(rel)
      else out.push(rel)
    }
  }
  walk('')
  return out.sort()
}

/** A file's bytes with its declared volatile bytes masked. */
function comparable(dir: string, rel: string): Buffer {
  const bytes = readFileSync(path.join(dir, rel))
  const twin = rel.match(/^(.*)\.(br|gz)$/)
  const rules = volatileBytes.filter((v) => v.files.test(rel) || (twin && v.files.test(twin[1]!)))
  if (rules.length === 0) return bytes
  const plain = twin && !rules.some((v) => v.files.test(rel)) ? (twin[2] === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes)) : bytes
  let text = plain.toString('latin1')
  for (const rule of rules) text = text.replace(new RegExp(rule.bytes.source, rule.bytes.flags.includes('g') ? rule.bytes.flags : `${rule.bytes.flags}g`), '<volatile>')
  return Buffer.from(text, 'latin1')
}

/** The differences between two site folders: missing, extra and differing files, with where the first few differ. */
function differences(liveDir: string, fullDir: string): { files: string[]; detail: string } {
  const live = filesOf(liveDir)
  const full = filesOf(fullDir)
  const inLive = new Set(live)
  const inFull = new Set(full)
  const files: string[] = []
  const details: string[] = []
  const byMeaning = (rel: string) => comparedByMeaning.some((m) => m.files.test(rel))
  for (const rel of full) if (!inLive.has(rel) && !byMeaning(rel)) files.push(`manca nel sito pubblicato: ${rel}`)
  for (const rel of live) if (!inFull.has(rel) && !byMeaning(rel)) files.push(`in più nel sito pubblicato: ${rel}`)
  for (const { why, canonical } of comparedByMeaning) {
    // As multisets: a page indexed twice (under an old id and a new one) is a difference.
    const counts = new Map<string, number>()
    for (const line of canonical(liveDir).split('\n')) counts.set(line, (counts.get(line) ?? 0) + 1)
    for (const line of canonical(fullDir).split('\n')) counts.set(line, (counts.get(line) ?? 0) - 1)
    const onlyLive = [...counts].filter(([, n]) => n > 0).map(([line, n]) => (n > 1 ? `${line} (×${n})` : line))
    const onlyFull = [...counts].filter(([, n]) => n < 0).map(([line, n]) => (n < -1 ? `${line} (×${-n})` : line))
    if (onlyLive.length === 0 && onlyFull.length === 0) continue
    files.push(`diverso nel significato (${why}): ${onlyLive.length} voci solo nel pubblicato, ${onlyFull.length} solo nel completo`)
    details.push(`${why}:\n    solo nel pubblicato: ${onlyLive.slice(0, 8).join('\n      ')}\n    solo nel completo:   ${onlyFull.slice(0, 8).join('\n      ')}`)
  }
  for (const rel of live) {
    if (!inFull.has(rel) || byMeaning(rel)) continue
    const a = comparable(liveDir, rel)
    const b = comparable(fullDir, rel)
    if (a.equals(b)) continue
    files.push(`diverso: ${rel}`)
    if (details.length < 5 && !/\.(br|gz|png|jpe?g|webp|avif|woff2?|pf_\w+)$/.test(rel)) {
      let i = 0
      while (i < a.length && a[i] === b[i]) i++
      const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 80), i + 120).toString('utf8'))
      details.push(`${rel} (dal byte ${i}):\n    pubblicato: ${around(a)}\n    completo:   ${around(b)}`)
    }
  }
  return { files, detail: details.join('\n') }
}

async function compare(label: string): Promise<void> {
  rmSync(fullOut, { recursive: true, force: true })
  const build = await publish(fullOut, true, `oracolo: costruzione completa di confronto (${label})`)
  if (build.kind && build.kind !== 'completa') throw new Error(`la costruzione richiesta completa è ${build.kind}`)
  // The twins a publication writes: Brotli for pages, nothing for the search index's data files, gzip for neither
  // (made on request); the live site is compared with this one below.
  const built = filesOf(siteFolders(fullOut).liveClientDir)
  const misplaced = built.filter((rel) => rel.endsWith('.html.gz') || (/\.(br|gz)$/.test(rel) && !searchFileHasTwin(rel.slice(0, -3))))
  if (misplaced.length || !built.some((rel) => rel.endsWith('.html.br'))) throw new Error(`${label}: gemelli compressi inattesi: ${misplaced.slice(0, 20).join(', ') || 'nessuna pagina .br'}`)
  const { files, detail } = differences(siteFolders(liveOut).liveClientDir, siteFolders(fullOut).liveClientDir)
  if (files.length === 0) {
    log.push(`  = ${label}: identico alla costruzione completa (${filesOf(siteFolders(fullOut).liveClientDir).length} file)`)
    return
  }
  const shown = files.slice(0, 200).join('\n  ') + (files.length > 200 ? `\n  … e altri ${files.length - 200}` : '')
  throw new Error(`${label}: il sito pubblicato differisce dalla costruzione completa in ${files.length} file:\n  ${shown}\n\n${detail}`)
}

describe('incremental publishing', () => {
  it(`leaves the same site as a full build, after ${operations} random operations over every public collection`, async () => {
    console.log(`Oracolo della pubblicazione: seme ${seed}, ${operations} operazioni (SPORTELLO_ORACLE_SEED=${seed} per ripetere)`)
    const started = performance.now()
    try {
      expect(existsSync(workDir)).toBe(false)
      await publish(liveOut, true, 'oracolo: prima costruzione completa')
      // Every collection and every kind of operation at least once, then at random. The settings change (which
      // may well make a full build) comes early, so most of the sequence is checked on incremental builds only.
      const plan: { target: Collection | (typeof globals)[number]; kind?: Kind }[] = []
      const order = [...collections].sort(() => random() - 0.5)
      for (let i = 0; i < operations; i++) {
        const target = i < order.length ? order[i]! : pick(collections)
        plan.push({ target, kind: i < kinds.length * 2 ? kinds[i % kinds.length] : pick(kinds) })
      }
      plan.splice(1 + int(Math.max(1, Math.floor(operations / 5))), 0, { target: 'settings' })
      plan.splice(int(plan.length), 0, { target: 'homepage' })
      const checkpoints = new Set(Array.from({ length: checks }, (_, i) => Math.round(((i + 1) * plan.length) / checks)))
      let pending = 0
      for (const [index, step] of plan.entries()) {
        let done: string | undefined
        if (step.kind === undefined) done = await applyGlobal(step.target as (typeof globals)[number])
        else {
          // When the kind does not apply (no drafts to re-publish, topics have no drafts), fall back to another.
          for (const kind of [step.kind, ...kinds.filter((k) => k !== step.kind).sort(() => random() - 0.5)]) {
            try {
              done = await apply(step.target as Collection, kind)
            } catch (error) {
              // The CMS refuses what an editor could not do either (a service whose office was deleted cannot be
              // saved until it gets one): another operation instead.
              if ((error as Error).name !== 'ValidationError') throw error
              log.push(`   (${step.target}, ${kind}: rifiutato dal CMS, ${(error as Error).message})`)
            }
            if (done) break
          }
        }
        log.push(`${index + 1}. ${done ?? `${step.target}: nessuna operazione possibile`}`)
        pending++
        const checkpoint = checkpoints.has(index + 1)
        // An incremental publication after a few operations (one to four), and always before a comparison.
        if (checkpoint || random() < 1 / 3) {
          await publish(liveOut, false, `oracolo: dopo ${pending} operazioni`)
          pending = 0
        }
        if (checkpoint) await compare(`dopo ${index + 1} operazioni`)
      }
      // An oracle that only ever compared full builds with full builds would prove nothing: most publications asked
      // to be incremental must have been (a settings change may rightly make a full one).
      const incremental = incrementalKinds.filter((k) => k === 'incrementale').length
      log.push(`Pubblicazioni incrementali richieste: ${incrementalKinds.length}, di cui incrementali ${incrementalKinds.some((k) => k !== undefined) ? incremental : '? (il publisher non lo registra)'}`)
      if (incrementalKinds.some((k) => k !== undefined) && incremental < incrementalKinds.length / 2) {
        throw new Error(`solo ${incremental} delle ${incrementalKinds.length} pubblicazioni richieste incrementali lo sono state`)
      }
      console.log(log.join('\n'))
      console.log(`Oracolo completato in ${Math.round((performance.now() - started) / 1000)} s`)
    } catch (error) {
      failed = true
      console.error(`${log.join('\n')}\n\nOracolo NON superato: seme ${seed} (SPORTELLO_ORACLE_SEED=${seed} SPORTELLO_ORACLE_OPS=${operations}); cartelle conservate in ${workDir}`)
      throw error
    }
  }, 3_600_000)
})
