import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startPayloadWithMailbox, type PayloadWithMailbox } from '../../cms/appointments/testSetup'
import { confirmReportEmail } from '../../cms/reports/confirm'
import { insertReport, seedReportBasics, type ReportBasics } from '../../cms/reports/testFixtures'
import { createApp } from '../app'
import { loadConfig } from '../config'
import { open311Schemas as spec } from '../contract/open311'
import { runNotifications } from '../../cms/testing/runNotifications'

let env: PayloadWithMailbox
let app: ReturnType<typeof createApp>
let basics: ReportBasics

beforeAll(async () => {
  env = await startPayloadWithMailbox()
  basics = await seedReportBasics(env.payload)
  app = createApp({ config: loadConfig({ SPORTELLO_SITE_DIR: env.t.dataDir, SPORTELLO_PUBLIC_URL: 'http://localhost:3000', SPORTELLO_MAP_TILES: 'off', SPORTELLO_OPEN311_POST: 'on' }), payload: env.payload })
}, 120_000)
afterAll(async () => env?.cleanup())

const post = (form: Record<string, string>) =>
  app.request('/api/open311/v2/requests.json', { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded' } })
const one = (code: string) => app.request(`/api/open311/v2/requests/${code}.json`)

describe('a report sent through Open311, end to end with the reports core', () => {
  it('is published only once its email confirms it, and a retried post is the same report', async () => {
    const form = { service_code: 'illuminazione', lat: '40.6372', long: '17.9432', email: 'ospite311@example.org', first_name: 'Anna', description: 'Lampione spento davanti alla scuola.' }
    const res = await post(form)
    expect(res.status).toBe(200)
    const [created] = spec.created.parse(await res.json())
    const code = created!.service_request_id
    expect((await one(code)).status).toBe(404)
    const again = spec.created.parse(await (await post(form)).json())
    expect(again[0]!.service_request_id).toBe(code)

    await runNotifications(env.payload)
    const [mail] = env.mailbox.to('ospite311@example.org')
    const link = new URL(mail!.text!.match(/https?:\/\/\S+\/segnalazioni\/conferma\/\?t=\S+/)![0])
    expect(await confirmReportEmail(env.payload, link.searchParams.get('t')!)).toEqual({ code })
    const [published] = spec.requests.parse(await (await one(code)).json())
    // Public now, but its words wait for moderation.
    expect(published).toMatchObject({ service_request_id: code, status: 'open', service_code: 'illuminazione', description: null })
  })

  it('refuses a place outside the Comune with the core’s Italian message', async () => {
    const res = await post({ service_code: 'illuminazione', lat: '45.46', long: '9.19', email: 'ospite311@example.org', description: 'A Milano' })
    expect(res.status).toBe(400)
    const [error] = spec.errors.parse(await res.json())
    expect(error!.description).toMatch(/Comune|Brindisi/)
  })
})

describe('the form’s helpers, with the reports core', () => {
  it('suggests streets of the Comune’s list', async () => {
    const res = await app.request('/api/strade?q=garib')
    expect(res.status).toBe(200)
    expect(((await res.json()) as { streets: { name: string }[] }).streets.map((s) => s.name)).toEqual(['Corso Garibaldi'])
    const short = await app.request('/api/strade?q=g')
    expect(short.status).toBe(422)
    expect(((await short.json()) as { error: { fields: { message: string }[] } }).error.fields[0]!.message).toBe('Scrivi almeno due lettere della via.')
  })

  it('shows open reports of the category nearby, under their category’s name until moderated', async () => {
    const near = await insertReport(env.payload, basics, { title: 'Titolo non moderato', moderation: 'in-attesa', latitude: 40.6373, longitude: 17.9433 })
    const far = await insertReport(env.payload, basics, { latitude: 40.6472, longitude: 17.9532 })
    const res = await app.request('/api/segnalazioni/vicine?lat=40.6372&lng=17.9432&categoria=illuminazione')
    expect(res.status).toBe(200)
    const { reports } = (await res.json()) as { reports: { code: string; title: string }[] }
    expect(reports.find((r) => r.code === near.code)).toMatchObject({ title: 'Illuminazione pubblica' })
    expect(reports.map((r) => r.code)).not.toContain(far.code)
    expect((await app.request('/api/segnalazioni/vicine?lat=abc&lng=17.9&categoria=illuminazione')).status).toBe(422)
  })
})
