import { expect, test, type APIRequestContext } from '@playwright/test'

import { openDataFile, openDataIndex, openDataItems } from '../api/contract/openData'
import { isByYear, openDatasetPath, openDatasets, openEventsCalendarPath, type OpenDatasetName } from '../cms/constants/openDatasets'

// The open data as an app like Municipium meets it: the Dati aperti page (its accessibility is checked with every
// page type in accessibility.spec.ts), every feed it lists reachable and valid, and the API with its cache headers.

test('the footer leads to the Dati aperti page, which lists every feed with its licence and the OpenAPI document', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Dati aperti' }).click()
  await expect(page).toHaveURL(/\/dati-aperti\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dati aperti')
  const table = page.getByRole('table', { name: /Dataset pubblicati/ })
  for (const { title, name } of openDatasets) {
    const row = table.getByRole('row', { name: new RegExp(`^${title}`) })
    await expect(row.getByRole('link', { name: isByYear(name) ? 'File JSON per anno' : 'File JSON completo' })).toHaveAttribute('href', openDatasetPath(name))
    await expect(row.getByRole('link', { name: 'API con filtri e pagine' })).toHaveAttribute('href', `/api/dati-aperti/v1/${name}`)
  }
  await expect(page.getByText(/licenza CC BY 4\.0/).first()).toBeVisible()
  await expect(page.getByRole('link', { name: 'documento OpenAPI (JSON)' })).toHaveAttribute('href', '/api/openapi.json')
})

test('every link of the page answers, and every JSON feed it lists passes its schema', async ({ page, request }) => {
  await page.goto('/dati-aperti/')
  const hrefs = await page.getByRole('main').locator('table a, #api a').evaluateAll((links) => [...new Set(links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))])
  expect(hrefs.length).toBeGreaterThan(openDatasets.length * 2)
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200)
  for (const { name } of openDatasets) expect((await builtItems(request, name)).length, name).toBeGreaterThan(0)
})

/** Every item of a built dataset, read as an app does: the whole file, or the index and each yearly file it lists, each checked against its schema. */
async function builtItems(request: APIRequestContext, name: OpenDatasetName): Promise<unknown[]> {
  const fetchJson = async (href: string) => {
    const res = await request.get(href)
    expect(res.status(), href).toBe(200)
    expect(res.headers()['content-type']).toContain('application/json')
    expect(res.headers()['access-control-allow-origin']).toBe('*')
    return res.json()
  }
  const file = openDataFile(openDataItems[name])
  if (!isByYear(name)) return file.parse(await fetchJson(openDatasetPath(name))).items
  const index = openDataIndex.parse(await fetchJson(openDatasetPath(name)))
  const items = (await Promise.all(index.years.map(async ({ year, total, url }) => {
    const ofYear = file.parse(await fetchJson(url))
    expect([ofYear.year, ofYear.items.length]).toEqual([year, total])
    return ofYear.items
  }))).flat()
  expect(items).toHaveLength(index.total)
  return items
}

test('the events calendar is one iCalendar feed, announced on the events list', async ({ page, request }) => {
  const res = await request.get(openEventsCalendarPath)
  expect(res.headers()['content-type']).toContain('text/calendar')
  const ics = await res.text()
  const events = (await builtItems(request, 'eventi')).length
  expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(events)
  await page.goto('/eventi/')
  await expect(page.locator(`head link[rel="alternate"][type="text/calendar"]`)).toHaveAttribute('href', openEventsCalendarPath)
})

test('the API pages a dataset with an ETag, answers 304 when nothing changed and 422 in Italian to a bad filter', async ({ request }) => {
  const first = await request.get('/api/dati-aperti/v1/servizi?per_pagina=5&pagina=2')
  expect(first.status()).toBe(200)
  const body = await first.json()
  expect(body).toMatchObject({ dataset: 'servizi', page: 2, pageSize: 5, licence: { name: 'CC BY 4.0' } })
  expect(body.items).toHaveLength(5)
  const etag = first.headers().etag!
  expect(first.headers()['cache-control']).toContain('must-revalidate')
  const again = await request.get('/api/dati-aperti/v1/servizi?per_pagina=5&pagina=2', { headers: { 'if-none-match': etag } })
  expect(again.status()).toBe(304)
  const bad = await request.get('/api/dati-aperti/v1/notizie?per_pagina=500')
  expect(bad.status()).toBe(422)
  expect((await bad.json()).error.fields[0].message).toContain('Dimensione della pagina non valida')
  const doc = await (await request.get('/api/openapi.json')).json()
  for (const { name } of openDatasets) expect(Object.keys(doc.paths)).toContain(`/api/dati-aperti/v1/${name}`)
})
