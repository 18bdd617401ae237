import { describe, expect, it } from 'vitest'

import { api, call, multipart } from './api'

/** A fetch that answers every request with this status and JSON body (none for null). */
const answering = (status: number, body: unknown) => async () =>
  new Response(body === null ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const at = { baseUrl: 'http://localhost' }

describe('calling the API from an island', () => {
  it('gives the typed body of a success', async () => {
    const result = await call(api.GET('/api/me/pagamenti', { ...at, fetch: answering(200, { positions: [], totals: { dueCents: 4560, paidCents: 0 } }) }))
    expect(result).toEqual({ ok: true, status: 200, body: { positions: [], totals: { dueCents: 4560, paidCents: 0 } } })
  })

  it('turns the API’s error body into its Italian message and field errors', async () => {
    const error = { code: 'validation', message: 'Alcuni dati non sono validi: correggi i campi indicati.', fields: [{ field: 'phone', message: 'Numero di telefono non valido.' }] }
    const result = await call(api.PATCH('/api/me/contacts', { ...at, body: { phone: '12ab' }, fetch: answering(422, { error }) }))
    expect(result).toEqual({ ok: false, status: 422, message: error.message, fields: error.fields })
  })

  it('reports a failure without the API’s error body, or without any answer, with no message of its own', async () => {
    const proxyPage = async () => new Response('<h1>502 Bad Gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } })
    expect(await call(api.GET('/api/me', { ...at, fetch: proxyPage }))).toEqual({ ok: false, status: 502, message: null, fields: [] })
    const offline = async (): Promise<Response> => { throw new TypeError('Failed to fetch') }
    expect(await call(api.GET('/api/me', { ...at, fetch: offline }))).toEqual({ ok: false, status: 0, message: null, fields: [] })
  })

  it('takes an empty success (204) as done', async () => {
    const result = await call(api.DELETE('/api/me/pratiche/{id}', { ...at, params: { path: { id: 7 } }, fetch: answering(204, null) }))
    expect(result).toMatchObject({ ok: true, status: 204 })
  })

  it('sends uploads as multipart, a list of files as repeated fields', () => {
    const files = [new Blob(['a']), new Blob(['b'])]
    const form = multipart({ message: 'Ecco i documenti', file: files, note: undefined })
    expect(form.get('message')).toBe('Ecco i documenti')
    expect(form.getAll('file')).toHaveLength(2)
    expect(form.has('note')).toBe(false)
  })
})
