import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rootDir } from '../../cms/env'
import { isByYear, openDatasetPath, openDatasets, openEventsCalendarPath, type OpenDatasetName } from '../../cms/constants/openDatasets'
import { prepareDatabase } from '../../cms/prepareDatabase'
import { buildSite } from '../../cms/publishing/buildSite'
import { parseIcs } from '../../cms/testing/parseIcs'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { openDataFile, openDataIndex, openDataItems, type OpenDataItem } from '../contract/openData'
import { builtDatasetStore } from '../data/openDataFiles'
import { handleError } from '../errors'
import { newRouter } from '../openapi'
import { openDataService } from '../services/openData'
import { openDataRoutes } from './openData'

// The real build of the seeded content: every feed it writes must pass the schema the OpenAPI document publishes,
// and the API must answer from those very files. Slow (one Astro build), so one build serves every check.

let t: TestPayload
// Astro's server chunks resolve packages from where they are written: the build goes inside the project.
const outDir = path.join(rootDir, `dist-test-dati-aperti-${process.pid}`)
const client = path.join(outDir, 'client')
const built = (file: string) => readFileSync(path.join(client, file), 'utf8')
const romeYear = (iso: string) => Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric' }).format(new Date(iso)))
/** Every item of a built dataset: the whole file, or the yearly files its index lists (each checked against its schema). */
function builtItems<N extends OpenDatasetName>(name: N): OpenDataItem<N>[] {
  const file = openDataFile(openDataItems[name])
  if (!isByYear(name)) return file.parse(JSON.parse(built(openDatasetPath(name)))).items as OpenDataItem<N>[]
  const index = openDataIndex.parse(JSON.parse(built(openDatasetPath(name))))
  const items = index.years.flatMap(({ year, total, url }) => {
    const ofYear = file.parse(JSON.parse(built(url)))
    expect([ofYear.year, ofYear.items.length]).toEqual([year, total])
    // Each item in the file of its year in Rome: a news item's publication, an event's start.
    for (const item of ofYear.items as (OpenDataItem<'notizie'> | OpenDataItem<'eventi'>)[]) expect(romeYear('publishedAt' in item ? item.publishedAt : item.startDate), item.slug).toBe(year)
    return ofYear.items as OpenDataItem<N>[]
  })
  expect(items).toHaveLength(index.total)
  return items
}

beforeAll(async () => {
  t = await startTestPayload()
  await prepareDatabase(t.payload)
  await buildSite(t.payload, outDir)
}, 300_000)

afterAll(async () => {
  rmSync(outDir, { recursive: true, force: true })
  rmSync(`${outDir}.astro-cache`, { recursive: true, force: true })
  await t?.cleanup()
})

describe('the open data of a real build', () => {
  it.each(openDatasets.map((d) => [d.name, d.collection] as const))('writes %s with every published entry, each valid against its schema', async (name, collection) => {
    const licence = (JSON.parse(built(openDatasetPath(name))) as { licence: unknown }).licence
    expect(licence).toMatchObject({ name: 'CC BY 4.0', attribution: expect.stringContaining('Brindisi') })
    // What an anonymous visitor may read, as the site's loader asks for it.
    const published = await t.payload.find({ collection, overrideAccess: false, draft: false, limit: 0, pagination: false, depth: 0 })
    expect(published.docs.length).toBeGreaterThan(0)
    expect(builtItems(name).map((i) => i.slug).sort()).toEqual(published.docs.map((d) => ('slug' in d ? d.slug : '')).sort())
  })

  it('gives services their channels, offices their hours and places their coordinates', () => {
    const services = builtItems('servizi')
    expect(services.some((s) => s.hasOnlineForm && s.channels.online && s.channels.onlineUrl?.includes('/area-personale/domanda/'))).toBe(true)
    expect(services.some((s) => s.channels.booking && s.channels.bookingUrl?.includes('/prenotazione-appuntamento/'))).toBe(true)
    const offices = builtItems('uffici')
    expect(offices.some((o) => o.openingHours.length > 0)).toBe(true)
    const places = builtItems('luoghi')
    expect(places.some((p) => p.latitude !== null && p.longitude !== null)).toBe(true)
  })

  it('writes one iCalendar feed with every event of the events dataset', () => {
    const events = builtItems('eventi')
    const ics = parseIcs(built(openEventsCalendarPath))
    expect(ics.events).toBe(events.length)
    expect(ics.calendar).toMatchObject({ VERSION: '2.0', METHOD: 'PUBLISH', 'X-WR-CALNAME': expect.stringContaining('Eventi') })
  })

  it('answers the API’s pages from the built files', async () => {
    const app = newRouter()
    app.route('/api', openDataRoutes(openDataService(builtDatasetStore(() => client))))
    app.onError(handleError)
    for (const { name } of openDatasets) {
      const res = await app.request(`/api/dati-aperti/v1/${name}?per_pagina=100`)
      expect(res.status).toBe(200)
      const body = await res.json()
      expect(body.total).toBe(builtItems(name).length)
    }
  })
})
