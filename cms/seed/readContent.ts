import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { z } from 'zod'

import { contentFiles, type ContentFile } from './contentSchema'

/** The parsed seed content, one entry per file of content/. */
export type SeedContent = { [K in ContentFile]: z.infer<(typeof contentFiles)[K]> }

/** Raised when a seed file is missing, malformed or refers to a slug that does not exist. */
export class SeedContentError extends Error {
  override name = 'SeedContentError'
}

/** Reads and validates every seed file, then checks that all slug references resolve. */
export function readContent(contentDir: string): SeedContent {
  const content = {} as Record<string, unknown>
  for (const [file, schema] of Object.entries(contentFiles)) {
    const raw = JSON.parse(readFileSync(path.join(contentDir, file), 'utf8'))
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.')}: ${i.message}`)
      throw new SeedContentError(`content/${file} non è valido:\n${issues.join('\n')}`)
    }
    content[file] = parsed.data
  }
  const result = content as SeedContent
  checkReferences(result)
  return result
}

function checkReferences(c: SeedContent): void {
  const known = {
    topics: new Set(c['topics.json'].map((t) => t.slug)),
    places: new Set(c['places.json'].map((p) => p.slug)),
    offices: new Set(c['offices.json'].map((o) => o.slug)),
    documents: new Set(c['documents.json'].map((d) => d.slug)),
    services: new Set(c['services.json'].map((s) => s.slug)),
    news: new Set(c['news.json'].map((n) => n.slug)),
  }
  const problems: string[] = []
  const expect = (kind: keyof typeof known, ref: string | undefined, where: string) => {
    if (ref !== undefined && !known[kind].has(ref)) problems.push(`${where}: ${kind} "${ref}" non esiste`)
  }
  for (const [file, items] of [
    ['offices', c['offices.json']],
    ['places', c['places.json']],
    ['documents', c['documents.json']],
    ['services', c['services.json']],
    ['news', c['news.json']],
    ['events', c['events.json']],
  ] as const) {
    for (const item of items) for (const t of item.topics) expect('topics', t, `${file}/${item.slug}`)
  }
  for (const o of c['offices.json']) {
    expect('offices', o.parent, `offices/${o.slug}.parent`)
    expect('places', o.place, `offices/${o.slug}.place`)
  }
  for (const d of c['documents.json']) expect('offices', d.office, `documents/${d.slug}.office`)
  for (const s of c['services.json']) {
    expect('offices', s.office, `services/${s.slug}.office`)
    for (const d of s.documents) expect('documents', d, `services/${s.slug}.documents`)
  }
  for (const n of c['news.json']) {
    for (const o of n.offices) expect('offices', o, `news/${n.slug}.offices`)
    for (const p of n.places) expect('places', p, `news/${n.slug}.places`)
  }
  for (const e of c['events.json']) expect('places', e.place, `events/${e.slug}.place`)
  for (const k of c['calendars.json']) {
    expect('offices', k.office, `calendars/${k.key}.office`)
    for (const s of k.services) expect('services', s, `calendars/${k.key}.services`)
  }
  const home = c['homepage.json']
  for (const n of home.highlightedNews) expect('news', n, 'homepage.highlightedNews')
  for (const s of home.highlightedServices) expect('services', s, 'homepage.highlightedServices')
  for (const t of home.highlightedTopics) expect('topics', t, 'homepage.highlightedTopics')
  for (const [name, list] of Object.entries({
    topics: c['topics.json'], places: c['places.json'], offices: c['offices.json'], documents: c['documents.json'],
    services: c['services.json'], news: c['news.json'], events: c['events.json'],
  })) {
    const seen = new Set<string>()
    for (const item of list) {
      if (seen.has(item.slug)) problems.push(`${name}: slug "${item.slug}" ripetuto`)
      seen.add(item.slug)
    }
  }
  if (problems.length) throw new SeedContentError(`Riferimenti non validi nei contenuti:\n  ${problems.join('\n  ')}`)
}
