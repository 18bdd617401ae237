import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { PracticeStatus } from '../../../practices/workflow'
import { createOfficeWithService, createPractice, restAs, staffMember } from '../../../testing/backOffice'
import { startTestPayload, type TestPayload } from '../../../testing/testPayload'

let t: TestPayload
let payload: Payload
let operator: Awaited<ReturnType<typeof staffMember>>
let ids: { officeId: number; serviceId: number }

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const { office, service } = await createOfficeWithService(payload)
  ids = { officeId: office.id, serviceId: service.id }
  operator = await staffMember(payload, 'Operatrice', ['operator'], [office.id])
})
afterAll(async () => t?.cleanup())

type ErrorItem = { message?: string; data?: { errors?: { path?: string; message?: string }[] } }

/**
 * What the admin shows for a refused save, read from the REST answer the way its form does
 * (@payloadcms/ui Form): a notice per error message, and each `data.errors` entry with a path
 * written under that field.
 */
async function shownInAdmin(res: Response) {
  const json = (await res.json()) as { message?: string; errors?: ErrorItem[] }
  if (json.message) return { notices: [json.message], fields: {} }
  const errors = json.errors ?? []
  const details = errors.flatMap((e) => e.data?.errors ?? [])
  return {
    notices: [...errors.filter((e) => e.message).map((e) => e.message), ...details.filter((d) => !d.path).map((d) => d.message)],
    fields: Object.fromEntries(details.filter((d) => d.path).map((d) => [d.path, d.message])),
  }
}
const save = async (status: PracticeStatus, data: Record<string, unknown>) => {
  const practice = await createPractice(payload, { ...ids, status })
  return restAs(t, operator.token, 'PATCH', `/practices/${practice.id}`, data)
}

describe('a refused move in the back office', () => {
  it('asks, in Italian and on the field, for the message when documents are requested without one', async () => {
    const res = await save('in-lavorazione', { status: 'in-attesa-cittadino' })
    expect(res.status).toBe(400)
    expect(await shownInAdmin(res)).toEqual({
      notices: ['Per chiedere integrazioni scrivi al cittadino che cosa manca (campo «Messaggio al cittadino»).'],
      fields: { messageToCitizen: 'Scrivi quali documenti o informazioni servono.' },
    })
  })

  it('asks for the reason of a rejection the same way', async () => {
    const res = await save('presentata', { status: 'respinta', messageToCitizen: '   ' })
    expect((await shownInAdmin(res)).notices).toEqual(['Per respingere la domanda scrivi al cittadino il motivo (campo «Messaggio al cittadino»).'])
  })

  it('names the statuses the application can move to instead', async () => {
    const res = await save('presentata', { status: 'accolta' })
    const message = 'Non è possibile passare da «Presentata» ad «Accolta»: da «Presentata» puoi passare a «In lavorazione», «Respinta» o «Chiusa».'
    expect(await shownInAdmin(res)).toEqual({ notices: [message], fields: { status: message } })
  })

  it('gives the same Italian message through the Local API', async () => {
    const practice = await createPractice(payload, { ...ids, status: 'in-lavorazione' })
    await expect(payload.update({ collection: 'practices', id: practice.id, data: { status: 'in-attesa-cittadino' }, overrideAccess: false, user: operator.user }))
      .rejects.toThrow('Per chiedere integrazioni scrivi al cittadino che cosa manca (campo «Messaggio al cittadino»).')
  })
})
