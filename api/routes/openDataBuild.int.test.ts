import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rootDir } from '../../cms/env'
import { openDatasetPath, openDatasets, openEventsCalendarPath } from '../../cms/constants/openDatasets'
import { prepareDatabase } from '../../cms/prepareDatabase'
import { buildSite } from '../../cms/publishing/buildSite'
import { parseIcs } from '../../cms/testing/parseIcs'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { openDataFile, openDataItems, type OpenDataItem } from '../contract/openData'
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
    const file = openDataFile(openDataItems[name]).parse(JSON.parse(built(openDatasetPath(name))))
    expect(file.licence).toMatchObject({ name: 'CC BY 4.0', attribution: expect.stringContaining('Brindisi') })
    // What an anonymous visitor may read, as the site's loader asks for it.
    const published = await t.payload.find({ collection, overrideAccess: false, draft: false, limit: 0, pagination: false, depth: 0 })
    expect(published.docs.length).toBeGreaterThan(0)
    expect(file.items.map((i) => i.slug).sort()).toEqual(published.docs.map((d) => ('slug' in d ? d.slug : '')).sort())
  })

  it('gives services their channels, offices their hours and places their coordinates', () => {
    const services = JSON.parse(built(openDatasetPath('servizi'))).items as OpenDataItem<'servizi'>[]
    expect(services.some((s) => s.hasOnlineForm && s.channels.online && s.channels.onlineUrl?.includes('/area-personale/domanda/'))).toBe(true)
    expect(services.some((s) => s.channels.booking && s.channels.bookingUrl?.includes('/prenotazione-appuntamento/'))).toBe(true)
    const offices = JSON.parse(built(openDatasetPath('uffici'))).items as OpenDataItem<'uffici'>[]
    expect(offices.some((o) => o.openingHours.length > 0)).toBe(true)
    const places = JSON.parse(built(openDatasetPath('luoghi'))).items as OpenDataItem<'luoghi'>[]
    expect(places.some((p) => p.latitude !== null && p.longitude !== null)).toBe(true)
  })

  it('writes one iCalendar feed with every event of the events dataset', () => {
    const events = JSON.parse(built(openDatasetPath('eventi'))).items as OpenDataItem<'eventi'>[]
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
      expect(body.total).toBe(JSON.parse(built(openDatasetPath(name))).items.length)
    }
  })
})
