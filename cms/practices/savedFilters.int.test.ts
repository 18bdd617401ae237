import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOfficeWithService, restAs, staffMember } from '../testing/backOffice'
import { startTestPayload, type TestPayload } from '../testing/testPayload'

let t: TestPayload
let payload: Payload
let clerk: Awaited<ReturnType<typeof staffMember>>
let colleague: Awaited<ReturnType<typeof staffMember>>

const presets = async (token: string) =>
  ((await (await restAs(t, token, 'GET', '/payload-query-presets?depth=0&limit=100')).json()) as { docs: { title: string }[] }).docs.map((d) => d.title).sort()
const save = (token: string, title: string, access?: unknown) =>
  restAs(t, token, 'POST', '/payload-query-presets', { title, relatedCollection: 'practices', where: { or: [{ and: [{ status: { equals: 'presentata' } }] }] }, ...(access ? { access } : {}) })

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const { office } = await createOfficeWithService(payload)
  clerk = await staffMember(payload, 'Operatrice Russo', ['operator'], [office.id])
  colleague = await staffMember(payload, 'Operatore Leo', ['operator'], [office.id])
})
afterAll(async () => t?.cleanup())

describe('saved filters (“I miei filtri”)', () => {
  it('are their author’s: a colleague sees none of them, and the author finds them again', async () => {
    expect((await save(clerk.token, 'Da prendere in carico')).status).toBe(201)
    expect(await presets(clerk.token)).toEqual(['Da prendere in carico'])
    expect(await presets(colleague.token)).toEqual([])
  })

  it('can be shared with a colleague by name, not with everyone by an operator', async () => {
    const named = { read: { constraint: 'specificUsers', users: [colleague.user.id] }, update: { constraint: 'onlyMe' }, delete: { constraint: 'onlyMe' } }
    expect((await save(clerk.token, 'Per Leo', named)).status).toBe(201)
    expect(await presets(colleague.token)).toEqual(['Per Leo'])
    const everyone = { read: { constraint: 'everyone' }, update: { constraint: 'onlyMe' }, delete: { constraint: 'onlyMe' } }
    expect((await save(clerk.token, 'Per tutti', everyone)).status).toBe(400)
  })

  it('are for staff only', async () => {
    const res = await restAs(t, 'non-un-token', 'GET', '/payload-query-presets')
    expect(res.status).toBe(403)
  })
})

describe('the saved filters’ form', () => {
  it('speaks Italian, Payload’s own English labels included', () => {
    const fields = JSON.stringify(payload.collections['payload-query-presets'].config.fields, (_key, value) => (typeof value === 'function' ? undefined : value))
    for (const label of ['Nome del filtro', 'Condivisione', 'Chi può usare', 'Chi può usare questo filtro', 'Solo io', 'Colleghi indicati', 'Tutto il personale', 'Filtri', 'Colonne']) expect(fields).toContain(`"${label}"`)
    for (const english of ['Only Me', 'Everyone', 'Specific Users', 'Sharing settings', '"Title"', '"Filters"']) expect(fields).not.toContain(english)
  })
})
