import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Report } from '../../payload-types'
import { restAs } from '../../testing/backOffice'
import type { ReportChange } from '../contract'
import { insertReport } from '../testFixtures'
import { actAs, errorOf, follow, readReport, startOfficeWorld, trailOf, type OfficeWorld, type Staff } from './testOffice'

const told: { reportId: number; change: ReportChange; followers: number }[] = []
let payload: Payload
vi.mock('../notify', () => ({
  notifyReportChange: async (_p: Payload, reportId: number, change: ReportChange) => {
    const { totalDocs } = await payload.count({ collection: 'report-followers', where: { report: { equals: reportId } } })
    told.push({ reportId, change, followers: totalDocs })
  },
}))
vi.mock('../photoFiles', () => ({ readReportPhoto: async () => Buffer.from([0xff, 0xd8, 0xff, 0xd9]) }))

let world: OfficeWorld
const act = (who: Staff, report: Report, name: string, body: Record<string, unknown>) => actAs(world, who, report, name, body)
const followersOf = async (id: number) =>
  (await payload.find({ collection: 'report-followers', where: { report: { equals: id } }, sort: 'email', depth: 0, pagination: false })).docs.map((f) => [f.email, Boolean(f.confirmedAt), Boolean(f.reporter)])
const photo = (report: Report, position: number) => payload.create({
  collection: 'report-photos', data: { report: report.id, office: report.office as number, position, storedName: `${report.code}-${position}.jpg`, width: 800, height: 600, bytes: 4, sha256: 'ab'.repeat(32), moderation: 'in-attesa' },
})

beforeAll(async () => {
  world = await startOfficeWorld()
  payload = world.payload
})
afterAll(async () => world?.cleanup())

describe('Unisci', () => {
  it('closes the duplicate as merged, tells its followers, then moves them to the survivor without doubles; both counts and trails follow', async () => {
    const survivor = await insertReport(payload, world.basics, { code: `SEG-2026-${String(Date.now()).slice(-6)}`, reporterEmail: 'prima@example.org' })
    const duplicate = await insertReport(payload, world.basics, { reporterEmail: 'seconda@example.org' })
    await follow(payload, survivor, 'prima@example.org')
    await follow(payload, survivor, 'entrambi@example.org', false)
    await follow(payload, duplicate, 'seconda@example.org')
    await follow(payload, duplicate, 'entrambi@example.org')
    await follow(payload, duplicate, 'in.attesa@example.org', false)
    const res = await act(world.clerk, duplicate, 'unisci', { into: survivor.code.toLowerCase() })
    expect(res.status).toBe(200)
    expect(await readReport(payload, duplicate.id)).toMatchObject({ status: 'chiusa', closeReason: 'duplicata', mergedInto: survivor.id, followersCount: 0 })
    expect(told.filter((t) => t.reportId === duplicate.id)).toEqual([{ reportId: duplicate.id, change: { kind: 'merged', into: survivor.code }, followers: 3 }])
    expect(await followersOf(duplicate.id)).toEqual([])
    expect(await followersOf(survivor.id)).toEqual([
      ['entrambi@example.org', true, false], ['in.attesa@example.org', false, false], ['prima@example.org', true, false], ['seconda@example.org', true, false],
    ])
    expect((await readReport(payload, survivor.id)).followersCount).toBe(3)
    expect((await trailOf(payload, duplicate.id)).map((e) => [e.kind, e.public, e.text])).toEqual([['unita', true, `Unita alla segnalazione ${survivor.code}`]])
    expect((await trailOf(payload, survivor.id)).map((e) => [e.kind, e.public, e.text])).toEqual([['unita', false, `Le è stata unita la segnalazione ${duplicate.code}`]])
  })

  it('refuses itself (400), a report of another office (404), no code (400) and a closed duplicate (409)', async () => {
    const report = await insertReport(payload, world.basics)
    const other = await insertReport(payload, world.basics, { office: world.basics.offices.urp as number, category: world.basics.categories.altro as number })
    expect((await act(world.clerk, report, 'unisci', { into: report.code })).status).toBe(400)
    const foreign = await act(world.clerk, report, 'unisci', { into: other.code })
    expect(foreign.status).toBe(404)
    expect(await errorOf(foreign)).toBe('Segnalazione da tenere non trovata tra quelle dei tuoi uffici.')
    expect(await errorOf(await act(world.clerk, report, 'unisci', {}))).toMatch(/^Indica il codice della segnalazione che resta/)
    expect((await act(world.urpClerk, report, 'unisci', { into: other.code })).status).toBe(404)
    const closed = await insertReport(payload, world.basics, { status: 'chiusa', closeReason: 'altro' })
    expect((await act(world.clerk, closed, 'unisci', { into: report.code })).status).toBe(409)
    expect((await readReport(payload, report.id)).status).toBe('ricevuta')
  })
})

describe('Modera', () => {
  it('publishes an edited text without personal data, hides a photo, and hiding the text takes it off at once', async () => {
    const report = await insertReport(payload, world.basics, { moderation: 'in-attesa', publicText: null, description: 'Lampione spento, chiamatemi al 333 1234567' })
    await photo(report, 1)
    await photo(report, 2)
    const res = await act(world.clerk, report, 'modera', { text: 'approvata', publicText: 'Lampione spento.', photos: [{ position: 1, state: 'approvata' }, { position: 2, state: 'nascosta' }] })
    expect(res.status).toBe(200)
    expect(await readReport(payload, report.id)).toMatchObject({ moderation: 'approvata', publicText: 'Lampione spento.', version: 2 })
    const { docs } = await payload.find({ collection: 'report-photos', where: { report: { equals: report.id } }, sort: 'position', depth: 0 })
    expect(docs.map((p) => p.moderation)).toEqual(['approvata', 'nascosta'])
    expect((await trailOf(payload, report.id)).at(-1)).toMatchObject({ kind: 'moderata', public: false, text: 'Testo: pubblicata (modificato dall’ufficio); foto 1: pubblicata; foto 2: nascosta' })
    expect((await act(world.clerk, await readReport(payload, report.id), 'modera', { text: 'nascosta' })).status).toBe(200)
    expect(await readReport(payload, report.id)).toMatchObject({ moderation: 'nascosta', publicText: null })
    expect(told.filter((t) => t.reportId === report.id)).toEqual([])
  })

  it('approves the citizen’s own text when none is given, and refuses unknown states and photos', async () => {
    const report = await insertReport(payload, world.basics, { moderation: 'in-attesa', publicText: null })
    expect(await errorOf(await act(world.clerk, report, 'modera', { text: 'ok' }))).toMatch(/^Testo: scegli tra/)
    expect(await errorOf(await act(world.clerk, report, 'modera', { text: 'approvata', photos: [{ position: 3, state: 'approvata' }] }))).toBe('La segnalazione non ha una foto 3.')
    expect((await act(world.urpClerk, report, 'modera', { text: 'approvata' })).status).toBe(404)
    expect((await act(world.clerk, report, 'modera', { text: 'approvata' })).status).toBe(200)
    expect((await readReport(payload, report.id)).publicText).toBe(report.description)
  })

  it('shows staff of the office a photo before moderation, and nobody else', async () => {
    const report = await insertReport(payload, world.basics)
    await photo(report, 1)
    const mine = await restAs(world.t, world.clerk.token, 'GET', `/reports/${report.id}/foto/1`)
    expect(mine.status).toBe(200)
    expect(mine.headers.get('content-type')).toBe('image/jpeg')
    expect(mine.headers.get('cache-control')).toBe('private, no-store')
    expect((await restAs(world.t, world.urpClerk.token, 'GET', `/reports/${report.id}/foto/1`)).status).toBe(404)
    expect((await restAs(world.t, world.clerk.token, 'GET', `/reports/${report.id}/foto/2`)).status).toBe(404)
    // Nobody edits a report over REST, admins included.
    expect((await restAs(world.t, world.admin.token, 'PATCH', `/reports/${report.id}`, { status: 'risolta' })).status).toBe(403)
  })
})
