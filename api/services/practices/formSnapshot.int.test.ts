import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readPracticeAs } from '../../../cms/practices/readPractice'
import { pdfToLines } from '../../../cms/testing/pdfText'
import { startTestPayload, type TestPayload } from '../../../cms/testing/testPayload'
import { createStores } from '../../data/stores'
import { startPortalWithLogin, type PortalWithLogin } from '../../testing/portalWithLogin'
import { createPracticeFixtures, samplePdf, testForm } from '../../testing/practiceFixtures'
import { completeInterruptedSubmissions } from './submit'

let t: TestPayload
let portal: PortalWithLogin
let cookie: string
let f: Awaited<ReturnType<typeof createPracticeFixtures>>

const GIOVANNA = 'CPTGNN85C54B180W'
type View = { id: number; version: number; status: string; form: { steps: { fields: { name: string; label: string; options?: { label: string }[] }[] }[] } | null }

beforeAll(async () => {
  t = await startTestPayload()
  portal = await startPortalWithLogin(t)
  cookie = (await portal.logIn(GIOVANNA)).cookie
  f = await createPracticeFixtures(t.payload, 'snapshot')
})
afterAll(async () => {
  await portal?.close()
  await t?.cleanup()
})

const call = (method: string, path: string, body?: unknown) =>
  portal.app.request(path, {
    method, headers: { cookie, origin: portal.origin, ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  })
const json = async (res: Response) => (await res.json()) as View

/** A draft of the test form answered "Rinnovo" (which shows the conditional question), with its document. */
async function filledDraft(): Promise<View> {
  const draft = await json(await call('POST', '/api/me/pratiche', { service: f.service.slug }))
  const upload = new FormData()
  upload.set('slot', 'identity')
  upload.set('file', new File([Buffer.from(await samplePdf())], 'carta.pdf'))
  expect((await call('POST', `/api/me/pratiche/${draft.id}/allegati`, upload)).status).toBe(201)
  const data = { givenName: 'Giovanna', fiscalCode: GIOVANNA, email: 'giovanna@example.it', kind: 'rinnovo', previous: 'BR-000123', accept: true }
  return json(await call('PUT', `/api/me/pratiche/${draft.id}`, { version: draft.version, data }))
}

/** Staff rewrite the service's form: a label renamed, the conditional question removed, an option relabelled. */
async function editServiceForm() {
  const [identity, request] = testForm.steps
  const edited = {
    ...testForm,
    steps: [identity, { ...request!, fields: request!.fields.filter((x) => x.name !== 'previous').map((x) => (x.name === 'kind' ? { ...x, label: 'Tipologia di richiesta', options: [{ value: 'nuovo', label: 'Primo rilascio' }, { value: 'rinnovo', label: 'Rinnovo annuale' }] } : x)) }],
    attachments: testForm.attachments.map((slot) => ({ ...slot, label: `${slot.label} (nuova etichetta)` })),
  }
  await t.payload.update({ collection: 'services', id: f.service.id, data: { form: edited } as never })
}

/** What a clerk of the office reads, through the admin's own access rules. */
async function clerkReads(id: number) {
  const reading = await readPracticeAs(t.payload, f.operator, id)
  return reading!.application!
}

describe('the form as submitted stays with the application', () => {
  it('keeps labels, options, conditional questions and slot labels as they were, for the citizen, the receipt and the clerk', async () => {
    const draft = await filledDraft()
    expect((await call('POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true })).status).toBe(200)
    await editServiceForm()

    const view = await json(await call('GET', `/api/me/pratiche/${draft.id}`))
    const fields = view.form!.steps.flatMap((s) => s.fields)
    expect(fields.find((x) => x.name === 'kind')).toMatchObject({ label: 'Tipo', options: [{ label: 'Nuovo' }, { label: 'Rinnovo' }] })
    expect(fields.map((x) => x.name)).toContain('previous')

    const receipt = await call('GET', `/api/me/pratiche/${draft.id}/ricevuta.pdf`)
    const { lines } = await pdfToLines(new Uint8Array(await receipt.arrayBuffer()))
    expect(lines).toEqual(expect.arrayContaining(['Tipo: Rinnovo', 'Numero del contrassegno precedente: BR-000123']))
    expect(lines.join('\n')).not.toMatch(/Tipologia|Rinnovo annuale/)

    const { sections, attachments } = await clerkReads(draft.id)
    expect(sections[1]!.answers.map((a) => [a.label, a.value])).toEqual([['Tipo', 'Rinnovo'], ['Numero del contrassegno precedente', 'BR-000123'], ['Dichiaro che i dati sono veri', 'Sì']])
    expect(attachments.map((g) => g.label)).toEqual(['Documento d’identità'])
  })

  it('is read through the service’s current form while still a draft', async () => {
    const draft = await filledDraft()
    expect(draft.form!.steps[1]!.fields.find((x) => x.name === 'kind')!.label).toBe('Tipologia di richiesta')
  })

  it('is kept too when a submission cut short by a crash is completed at start-up', async () => {
    await t.payload.update({ collection: 'services', id: f.service.id, data: { form: testForm } as never })
    const draft = await filledDraft()
    await t.payload.create({ collection: 'protocol-register', data: { protocolNumber: '1999/000077', year: 1999, sequence: 77, registeredAt: new Date().toISOString(), practice: draft.id, idempotencyKey: 'interrotta-77', subject: 'Contrassegno di prova' } })
    expect(await completeInterruptedSubmissions(createStores(t.payload))).toBe(1)
    await editServiceForm()
    expect((await clerkReads(draft.id)).sections[1]!.answers[0]).toEqual({ name: 'kind', label: 'Tipo', value: 'Rinnovo' })
  })
})

describe('the clerk’s dossier of a submitted application', () => {
  it('is a PDF for the office and not found for another office', async () => {
    const draft = await filledDraft()
    expect((await call('POST', `/api/me/pratiche/${draft.id}/invio`, { version: draft.version, privacyAccepted: true })).status).toBe(200)
    const get = async (email: string | null) => {
      const headers: Record<string, string> = {}
      if (email) headers.authorization = `JWT ${(await t.payload.login({ collection: 'users', data: { email, password: 'Password-di-prova-1' } })).token}`
      return handleEndpoints({ config: t.payload.config, request: new Request(`http://localhost:3001/api/practices/${draft.id}/fascicolo.pdf`, { headers }), payloadInstanceCacheKey: t.dataDir })
    }
    const own = await get(f.operator.email)
    expect(own.status).toBe(200)
    expect(own.headers.get('content-type')).toBe('application/pdf')
    expect((await get(f.otherOperator.email)).status).toBe(404)
    expect((await get(null)).status).toBe(401)
  })
})
