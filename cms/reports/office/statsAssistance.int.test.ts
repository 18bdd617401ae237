import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { romeDayOf } from '../../practices/deadline'
import { restAs } from '../../testing/backOffice'
import { insertReport } from '../testFixtures'
import { reportQueue } from './queue'
import { reportStats } from './stats'
import { errorOf, startOfficeWorld, type OfficeWorld } from './testOffice'
import { runNotifications } from '../../testing/runNotifications'

let world: OfficeWorld
let payload: Payload
const day = 86_400_000
const now = new Date()
const ago = (days: number) => new Date(now.getTime() - days * day).toISOString()

beforeAll(async () => {
  world = await startOfficeWorld()
  payload = world.payload
})
afterAll(async () => world?.cleanup())

describe('statistics and queue', () => {
  it('counts per category and month and takes the median days to solve, for the reader’s offices only', async () => {
    // Solved "now" after 2, 4 and 9 days: the median is 4. One open and overdue, one other office's.
    for (const days of [2, 4, 9]) await insertReport(payload, world.basics, { status: 'risolta', confirmedAt: ago(days), solvedAt: now.toISOString() })
    await insertReport(payload, world.basics, { status: 'in-lavorazione', confirmedAt: now.toISOString(), targetDate: ago(0.01) })
    await insertReport(payload, world.basics, { office: world.basics.offices.urp as number, category: world.basics.categories.altro as number, status: 'risolta', confirmedAt: ago(30), solvedAt: now.toISOString() })
    const stats = await reportStats(payload, world.clerk.user, now)
    const month = stats.months.indexOf(romeDayOf(now).slice(0, 7))
    expect(month).toBe(11)
    const lights = stats.categories.find((c) => c.name === 'Illuminazione pubblica')!
    expect([lights.solved[month], lights.medianDays[month], lights.overdue, lights.targetDays]).toEqual([3, 4, 1, 7])
    expect(stats.categories.find((c) => c.name === 'Altro')!.solved[month]).toBe(0)
    expect(stats.totals.solved[month]).toBe(3)
    const all = await reportStats(payload, world.admin.user, now)
    expect(all.totals.solved[month]).toBe(4)
    expect(all.totals.medianDays[month]).toBe(6.5)
    const csv = await restAs(world.t, world.clerk.token, 'GET', '/reports/statistiche.csv')
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(await csv.text()).toContain(`${stats.months[month]};Illuminazione pubblica;`)
  })

  it('puts new unassigned reports first, marks the overdue ones, hides other offices’ and the merged', async () => {
    const assigned = await insertReport(payload, world.basics, { status: 'in-lavorazione', assignee: world.clerk.user.id, confirmedAt: ago(3), targetDate: ago(1) })
    const fresh = await insertReport(payload, world.basics)
    const foreign = await insertReport(payload, world.basics, { office: world.basics.offices.urp as number, category: world.basics.categories.altro as number })
    const { rows } = await reportQueue(payload, world.clerk.user, {}, now)
    const ids = rows.map((r) => r.id)
    expect(ids.indexOf(fresh.id)).toBeLessThan(ids.indexOf(assigned.id))
    expect(rows.find((r) => r.id === assigned.id)?.overdue).toBe(true)
    expect(ids).not.toContain(foreign.id)
    const overdue = await reportQueue(payload, world.clerk.user, { overdue: true }, now)
    expect(overdue.rows.every((r) => r.overdue)).toBe(true)
    expect((await reportQueue(payload, world.clerk.user, { assignee: 'me' }, now)).rows.map((r) => r.id)).toEqual([assigned.id])
  })
})

describe('Richieste di assistenza', () => {
  const request = (email: string) => payload.create({
    collection: 'assistance-requests',
    data: { status: 'nuova', code: `ASS-${Math.random().toString(36).slice(2, 8).toUpperCase()}`, office: world.basics.offices.urp as number, topic: 'pagamenti', name: 'Lucia Bianchi', email, message: 'Come pago la TARI?', requestKey: crypto.randomUUID() },
  })
  const post = (token: string, id: number, name: string, body: unknown) => restAs(world.t, token, 'POST', `/assistance-requests/${id}/${name}`, body)

  it('sends the URP’s reply by email and marks the request answered; one reply only', async () => {
    const asked = await request('lucia@example.org')
    const res = await post(world.urpClerk.token, asked.id, 'rispondi', { reply: 'Può pagare con pagoPA dalla sua area personale.' })
    expect(res.status).toBe(200)
    const after = await payload.findByID({ collection: 'assistance-requests', id: asked.id, depth: 0 })
    expect(after).toMatchObject({ status: 'risposta', reply: 'Può pagare con pagoPA dalla sua area personale.', repliedBy: world.urpClerk.user.id })
    await runNotifications(world.payload)
    const mail = world.mailbox.to('lucia@example.org').find((m) => m.subject === `Risposta alla tua richiesta di assistenza ${asked.code}`)
    expect(mail?.text).toContain('Gentile Lucia Bianchi,')
    expect(mail?.text).toContain('Può pagare con pagoPA dalla sua area personale.')
    expect(mail?.text).toContain('Come pago la TARI?')
    expect((await post(world.urpClerk.token, asked.id, 'rispondi', { reply: 'Seconda risposta' })).status).toBe(409)
    expect((await post(world.urpClerk.token, asked.id, 'stato', { status: 'chiusa' })).status).toBe(200)
  })

  it('is the URP’s queue: another office’s operator gets 404; short replies and unknown statuses get an Italian 400', async () => {
    const asked = await request('marco@example.org')
    expect((await post(world.clerk.token, asked.id, 'rispondi', { reply: 'Non è mia' })).status).toBe(404)
    expect((await restAs(world.t, world.clerk.token, 'GET', `/assistance-requests/${asked.id}`)).status).toBe(404)
    const short = await post(world.urpClerk.token, asked.id, 'rispondi', { reply: 'ok' })
    expect(short.status).toBe(400)
    expect(await errorOf(short)).toMatch(/^Scrivi la risposta/)
    expect(await errorOf(await post(world.urpClerk.token, asked.id, 'stato', { status: 'risposta' }))).toMatch(/^Da «Nuova» non si passa a «Risposta inviata»/)
    expect((await post(world.urpClerk.token, asked.id, 'stato', { status: 'in-lavorazione' })).status).toBe(200)
    await runNotifications(world.payload)
    expect(world.mailbox.to('marco@example.org')).toEqual([])
  })
})
