import { randomBytes } from 'node:crypto'

import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../../cms/testing/testPayload'
import { startPortalWithLogin, type PortalWithLogin } from '../testing/portalWithLogin'
import { createPracticeFixtures } from '../testing/practiceFixtures'

let t: TestPayload
let portal: PortalWithLogin
let f: Awaited<ReturnType<typeof createPracticeFixtures>>

beforeAll(async () => {
  t = await startTestPayload()
  // Drafts and emails at their defaults (20, 5 an hour); uploads at 1 MB a day so a test can reach it.
  portal = await startPortalWithLogin(t, { SPORTELLO_UPLOAD_MB_PER_DAY: '1' })
  f = await createPracticeFixtures(t.payload, 'quote')
})
afterAll(async () => {
  await portal?.close()
  await t?.cleanup()
})

const call = (cookie: string, method: string, path: string, body?: unknown) =>
  portal.app.request(path, {
    method, headers: { cookie, origin: portal.origin, ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  })
const startDraft = (cookie: string) => call(cookie, 'POST', '/api/me/pratiche', { service: f.service.slug })
const errorOf = async (res: Response) => ((await res.json()) as { error: { code: string; message: string } }).error

/** A real PDF of about `kb` kilobytes (an embedded file of random bytes makes up the size). */
async function pdfOf(kb: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.addPage().drawText('Allegato di prova')
  doc.attach(randomBytes(kb * 1024), 'riempitivo.bin')
  return doc.save()
}
const upload = (cookie: string, id: number, bytes: Uint8Array) => {
  const form = new FormData()
  form.set('slot', 'identity')
  form.set('file', new File([Buffer.from(bytes)], 'documento.pdf'))
  return call(cookie, 'POST', `/api/me/pratiche/${id}/allegati`, form)
}

describe('per-citizen quotas', () => {
  it('refuses the 21st open draft with 429, Retry-After and an Italian message, and leaves other citizens alone', async () => {
    const giovanna = (await portal.logIn('CPTGNN85C54B180W')).cookie
    const marco = (await portal.logIn('VLNMRC79H03B180T')).cookie
    for (let i = 0; i < 20; i++) expect((await startDraft(giovanna)).status).toBe(201)
    const refused = await startDraft(giovanna)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await errorOf(refused)).toEqual({ code: 'quota_exceeded', message: 'Hai già 20 domande in bozza: completa o elimina una bozza prima di iniziarne un’altra.' })
    expect((await t.payload.count({ collection: 'practices', where: { applicantFiscalCode: { equals: 'CPTGNN85C54B180W' } } })).totalDocs).toBe(20)
    expect((await startDraft(marco)).status).toBe(201)

    const drafts = (await (await call(giovanna, 'GET', '/api/me/pratiche')).json()) as { practices: { id: number }[] }
    expect((await call(giovanna, 'DELETE', `/api/me/pratiche/${drafts.practices[0]!.id}`)).status).toBe(204)
    expect((await startDraft(giovanna)).status).toBe(201)
  })

  it('refuses uploads past the day’s bytes with 429 and says when more fit, counting every application of the citizen', async () => {
    const niccolo = (await portal.logIn('DMCNCL80D25B180A')).cookie
    const antonio = (await portal.logIn('CRLNTN72S02B180I')).cookie
    const first = (await (await startDraft(niccolo)).json()) as { id: number }
    const second = (await (await startDraft(niccolo)).json()) as { id: number }
    const file = await pdfOf(400)
    expect((await upload(niccolo, first.id, file)).status).toBe(201)
    expect((await upload(niccolo, second.id, file)).status).toBe(201)
    const refused = await upload(niccolo, second.id, file)
    expect(refused.status).toBe(429)
    const retryAfter = Number(refused.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(23 * 3600)
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600)
    expect((await errorOf(refused)).message).toMatch(/^Hai già caricato 1 MB di allegati nelle ultime 24 ore \(il limite è 1 MB\): potrai caricarne altri tra circa 24 ore\.$/)
    expect((await t.payload.count({ collection: 'practice-attachments', where: { practice: { equals: second.id } } })).totalDocs).toBe(1)

    const other = (await (await startDraft(antonio)).json()) as { id: number }
    expect((await upload(antonio, other.id, file)).status).toBe(201)
  })

  it('sends at most 5 contact-change confirmations an hour: the 6th is 429, changes nothing and sends no email', async () => {
    const francesca = (await portal.logIn('LEOFNC90L61E506F')).cookie
    const change = (email: string, phone = '+39 333 0000005') => call(francesca, 'PATCH', '/api/me/contacts', { email, phone })
    for (let i = 1; i <= 5; i++) expect((await change(`francesca.${i}@example.it`)).status).toBe(200)
    await expect.poll(() => portal.inbox.filter((m) => m.to.some((to) => to.startsWith('francesca.'))).length).toBe(5)

    const refused = await change('francesca.6@example.it', '+39 333 0000006')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3500)
    expect((await errorOf(refused)).message).toBe('Hai chiesto 5 email di conferma nell’ultima ora: potrai chiederne un’altra tra 60 minuti.')
    const profile = (await (await call(francesca, 'GET', '/api/me')).json()) as { pendingEmail: string; contacts: { phone: string | null } }
    expect(profile.pendingEmail).toBe('francesca.5@example.it')
    expect(profile.contacts.phone).toBe('+39 333 0000005')
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(portal.inbox.some((m) => m.to.includes('francesca.6@example.it'))).toBe(false)

    const rosa = (await portal.logIn('GRCRSO66P48A662X')).cookie
    expect((await call(rosa, 'PATCH', '/api/me/contacts', { email: 'rosa.nuova@example.it' })).status).toBe(200)
  })
})
