import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../testing/testPayload'

let t: TestPayload
let payload: Payload
const richText = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [
    { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 }] },
  ] },
})

async function staff(roles: ('admin' | 'editor' | 'operator')[]) {
  const email = `${roles.join('-')}-${Math.random().toString(36).slice(2)}@comune.test`
  const user = await payload.create({ collection: 'users', data: { email, password: 'password-lunga-123', name: 'Test', roles } })
  return { ...user, collection: 'users' as const }
}

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
})
afterAll(async () => t?.cleanup())

describe('public content access', () => {
  it('never shows a draft to an anonymous reader, by query or by id', async () => {
    const published = await payload.create({ collection: 'news', data: { title: 'Pubblicata', slug: 'pubblicata', summary: 'Una notizia pubblicata', body: richText('ok'), publishedAt: new Date().toISOString(), _status: 'published' } as never })
    const draft = await payload.create({ collection: 'news', draft: true, data: { title: 'Bozza', slug: 'bozza', summary: 'Una notizia in bozza', body: richText('segreto'), publishedAt: new Date().toISOString(), _status: 'draft' } as never })

    const list = await payload.find({ collection: 'news', overrideAccess: false, draft: true })
    expect(list.docs.map((d) => d.slug)).toEqual(['pubblicata'])
    await expect(payload.findByID({ collection: 'news', id: draft.id, overrideAccess: false, draft: true })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'news', id: published.id, overrideAccess: false })).title).toBe('Pubblicata')
  })

  it('hides the draft edits of a published document from anonymous readers', async () => {
    const office = await payload.create({ collection: 'offices', data: { title: 'Ufficio Anagrafe', slug: 'anagrafe', type: 'ufficio', summary: 'Ufficio di prova', _status: 'published' } as never })
    const doc = await payload.create({ collection: 'services', data: serviceData('anagrafe-base', office.id) })
    await payload.update({ collection: 'services', id: doc.id, draft: true, data: { title: 'Titolo non ancora pubblicato' } })
    const seen = await payload.findByID({ collection: 'services', id: doc.id, overrideAccess: false, draft: false })
    expect(seen.title).toBe('Servizio anagrafe-base')
    const editorView = await payload.findByID({ collection: 'services', id: doc.id, draft: true })
    expect(editorView.title).toBe('Titolo non ancora pubblicato')
  })

  it('lets staff read drafts', async () => {
    const editor = await staff(['editor'])
    await payload.create({ collection: 'events', draft: true, data: { title: 'Evento in bozza', slug: 'evento-bozza', summary: 'Un evento non ancora pubblico', body: richText('x'), startDate: new Date().toISOString(), _status: 'draft' } as never })
    const seen = await payload.find({ collection: 'events', overrideAccess: false, user: editor, draft: true })
    expect(seen.docs.some((d) => d.slug === 'evento-bozza')).toBe(true)
  })

  it('lets an editor publish content but not an office operator', async () => {
    const editor = await staff(['editor'])
    const operator = await staff(['operator'])
    const data = { title: 'Argomento', slug: `argomento-${Date.now()}` }
    await expect(payload.create({ collection: 'topics', data, overrideAccess: false, user: operator })).rejects.toThrow()
    await expect(payload.create({ collection: 'pages', data: { title: 'P', path: 'p-op', summary: 'Pagina di prova', _status: 'published' } as never, overrideAccess: false, user: operator })).rejects.toThrow()
    const created = await payload.create({ collection: 'topics', data, overrideAccess: false, user: editor })
    expect(created.slug).toBe(data.slug)
  })

  it('lets only an admin manage staff accounts and roles', async () => {
    const editor = await staff(['editor'])
    const admin = await staff(['admin'])
    await expect(payload.create({ collection: 'users', data: { email: 'x@comune.test', password: 'password-lunga-123', name: 'X', roles: ['admin'] }, overrideAccess: false, user: editor })).rejects.toThrow()
    const others = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(others.docs.map((u) => u.id)).toEqual([editor.id])
    await payload.update({ collection: 'users', id: editor.id, data: { roles: ['admin'] }, overrideAccess: false, user: editor })
    expect((await payload.findByID({ collection: 'users', id: editor.id })).roles).toEqual(['editor'])
    const made = await payload.create({ collection: 'users', data: { email: 'y@comune.test', password: 'password-lunga-123', name: 'Y', roles: ['operator'] }, overrideAccess: false, user: admin })
    expect(made.roles).toEqual(['operator'])
  })

  it('keeps page feedback away from the public and from the admin REST create', async () => {
    await payload.create({ collection: 'feedback', data: { path: '/servizi/', rating: 4 } })
    await expect(payload.find({ collection: 'feedback', overrideAccess: false })).rejects.toThrow()
    await expect(payload.create({ collection: 'feedback', data: { path: '/', rating: 1 }, overrideAccess: false })).rejects.toThrow()
  })
})

function serviceData(slug: string, office: number | string) {
  return {
    title: `Servizio ${slug}`, slug, summary: 'Un servizio di prova per i test', category: 'anagrafe-e-stato-civile',
    audience: richText('Tutti'), howTo: richText('Così'), needed: richText('Documento'), output: richText('Certificato'),
    times: richText('Subito'), office, _status: 'published',
  } as never
}
