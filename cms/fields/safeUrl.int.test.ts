import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '../testing/testPayload'
import { unsafeUrlMessage } from './safeUrl'

let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
})
afterAll(async () => t?.cleanup())

const documentWith = (externalUrl: string) =>
  payload.create({ collection: 'documents', data: { title: 'Modulo', type: 'modulistica', summary: 'Un modulo di prova', externalUrl, slug: `modulo-${Math.random().toString(36).slice(2)}`, _status: 'published' } as never })
/** The field errors of a refused save, as the admin shows them under each field. */
const fieldErrors = (save: Promise<unknown>) =>
  save.then(() => [], (error: unknown) => (error instanceof ValidationError ? error.data.errors.map((e) => ({ path: e.path, message: e.message })) : Promise.reject(error)))
const paragraphWithLink = (url: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, children: [{
      type: 'link', version: 3, direction: null, format: '', indent: 0, id: 'a1', fields: { linkType: 'custom', url, newTab: false },
      children: [{ type: 'text', version: 1, text: 'clicca qui', format: 0, mode: 'normal', style: '', detail: 0 }],
    }],
  }] },
})
const newsWithLink = (url: string) =>
  payload.create({ collection: 'news', data: { title: 'Notizia', slug: `notizia-${Math.random().toString(36).slice(2)}`, summary: 'Una notizia di prova', kind: 'notizia', body: paragraphWithLink(url), publishedAt: new Date().toISOString(), _status: 'published' } as never })

describe('link fields', () => {
  it('refuse javascript:, data: and scheme-relative links with the Italian message, on the field', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/'])
      expect(await fieldErrors(documentWith(url))).toEqual([{ path: 'externalUrl', message: unsafeUrlMessage }])
    const social = { name: 'Comune di Brindisi', address: 'Piazza Matteotti 1', taxCode: '00081490748', social: [{ network: 'facebook', url: 'javascript:alert(1)' }] }
    expect(await fieldErrors(payload.updateGlobal({ slug: 'settings', data: social as never }))).toEqual([{ path: 'social.0.url', message: unsafeUrlMessage }])
  })

  it('accept https, mailto and tel links', async () => {
    for (const url of ['https://www.anagrafenazionale.interno.it/', 'mailto:urp@comune.brindisi.it', 'tel:+390831229111'])
      expect((await documentWith(url)).externalUrl).toBe(url)
  })

  it('hold links inside rich text to the same rule', async () => {
    await expect(newsWithLink('javascript:alert(1)')).rejects.toThrow(ValidationError)
    expect((await newsWithLink('https://www.comune.brindisi.it/')).id).toBeDefined()
  })
})
