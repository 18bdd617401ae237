import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOfficeWithService, restAs, staffMember } from '../testing/backOffice'
import { startTestPayload, type TestPayload } from '../testing/testPayload'

let t: TestPayload

beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

describe('deleting an office', () => {
  it('is refused in Italian, with a 409, while a service and a booking calendar name it; the office stays', async () => {
    const { office } = await createOfficeWithService(t.payload)
    await t.payload.create({
      collection: 'calendars',
      data: { name: 'Sportello di prova', office: office.id, slotMinutes: 20, desks: 1, horizonDays: 30, cutoffHours: 24, maxPerCitizen: 2, hours: [{ weekday: '1', from: '09:00', to: '12:00' }] } as never,
    })
    const admin = await staffMember(t.payload, 'Amministratrice', ['admin'])
    const res = await restAs(t, admin.token, 'DELETE', `/offices/${office.id}`)
    expect(res.status).toBe(409)
    const body = JSON.stringify(await res.json())
    expect(body).toContain('Questa unità organizzativa non si può eliminare: la usano ')
    expect(body).toContain('Servizi (1)')
    expect(body).toContain('Calendari degli appuntamenti (1)')
    expect(body).toContain('Ritirala dalla pubblicazione')
    expect((await t.payload.findByID({ collection: 'offices', id: office.id })).id).toBe(office.id)
  })

  it('goes through for an office nothing needs', async () => {
    const office = await t.payload.create({ collection: 'offices', data: { title: 'Ufficio soppresso', slug: `soppresso-${Date.now()}`, type: 'ufficio', summary: 'Ufficio di prova', _status: 'published' } as never })
    const admin = await staffMember(t.payload, 'Amministratore', ['admin'])
    const res = await restAs(t, admin.token, 'DELETE', `/offices/${office.id}`)
    expect(res.status).toBe(200)
    await expect(t.payload.findByID({ collection: 'offices', id: office.id })).rejects.toThrow()
  })
})
