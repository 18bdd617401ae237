import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createAssistanceRequest } from '../../cms/reports/assistance'
import { createReport } from '../../cms/reports/create'
import { seedReportBasics } from '../../cms/reports/testFixtures'
import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import type { MyAssistance, MyReport } from '../contract/myReports'
import { startPortalWithLogin, type PortalWithLogin } from '../testing/portalWithLogin'

let t: TestPayload
let portal: PortalWithLogin
let giovanna: string
let marco: string
let code: string
let request: string
const GIOVANNA = 'CPTGNN85C54B180W'
const MARCO = 'VLNMRC79H03B180T'

const get = (path: string, cookie = '') => portal.app.request(path, { headers: { cookie } })

beforeAll(async () => {
  t = await startTestPayload()
  portal = await startPortalWithLogin(t)
  giovanna = (await portal.logIn(GIOVANNA)).cookie
  marco = (await portal.logIn(MARCO)).cookie
  await seedReportBasics(t.payload)
  const citizenId = (await t.payload.find({ collection: 'citizens', where: { fiscalCode: { equals: GIOVANNA } }, limit: 1 })).docs[0]!.id
  code = (await createReport(t.payload, {
    categorySlug: 'illuminazione', title: 'Lampione spento', description: 'Spento da una settimana.', photos: [], usePhotoLocation: false,
    place: { street: 'Corso Garibaldi', houseNumber: '10', source: 'indirizzo' }, reporter: { kind: 'citizen', citizenId }, requestKey: crypto.randomUUID(), channel: 'web',
  })).code
  request = (await createAssistanceRequest(t.payload, { name: 'Giovanna', email: 'giovanna@example.org', topic: 'pagamenti', message: 'Dov’è la ricevuta?', citizenId, requestKey: crypto.randomUUID() })).code
}, 120_000)

afterAll(async () => {
  await portal?.close()
  await t?.cleanup()
})

describe('the desk’s Segnalazioni and Assistenza', () => {
  it('give the logged-in citizen her own report and request', async () => {
    const reports = (await (await get('/api/me/segnalazioni', giovanna)).json()) as { reports: MyReport[] }
    expect(reports.reports.map((r) => [r.code, r.status, r.href])).toEqual([[code, 'ricevuta', `/segnalazioni/${code}/`]])
    const requests = (await (await get('/api/me/assistenza', giovanna)).json()) as { requests: MyAssistance[] }
    expect(requests.requests.map((r) => [r.code, r.topicLabel])).toEqual([[request, 'Pagamenti']])
  })

  it('never show them to another citizen, and ask who you are without a session', async () => {
    expect(await (await get('/api/me/segnalazioni', marco)).json()).toEqual({ reports: [] })
    expect(await (await get('/api/me/assistenza', marco)).json()).toEqual({ requests: [] })
    for (const path of ['/api/me/segnalazioni', '/api/me/assistenza']) {
      const anonymous = await get(path)
      expect(anonymous.status).toBe(401)
      expect(anonymous.headers.get('cache-control')).toContain('no-store')
    }
  })
})
