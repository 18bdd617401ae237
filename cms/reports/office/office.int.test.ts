import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Report } from '../../payload-types'
import { restAs } from '../../testing/backOffice'
import type { ReportChange } from '../contract'
import { insertReport, type ReportBasics } from '../testFixtures'
import { actAs, errorOf, follow as followAs, readReport, startOfficeWorld, trailOf, type OfficeWorld, type Staff } from './testOffice'

// What the followers are told, and how many of them the report had at that moment (A's notifyReportChange reads them then).
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
let basics: ReportBasics
let clerk: Staff
let colleague: Staff
let urpClerk: Staff

const act = (who: Staff, report: Report, name: string, body: Record<string, unknown>) => actAs(world, who, report, name, body)
const read = (id: number) => readReport(payload, id)
const trail = (id: number) => trailOf(payload, id)

beforeAll(async () => {
  world = await startOfficeWorld()
  ;({ payload, basics, clerk, colleague, urpClerk } = world)
})
afterAll(async () => world?.cleanup())

describe('Assegna', () => {
  it('assigns to oneself or a colleague of the office, with a trail entry and nobody told', async () => {
    const report = await insertReport(payload, basics)
    expect((await act(clerk, report, 'assegna', { assignee: 'me' })).status).toBe(200)
    const mine = await read(report.id)
    expect(mine).toMatchObject({ assignee: clerk.user.id, version: 2 })
    expect((await act(clerk, mine, 'assegna', { assignee: colleague.user.id })).status).toBe(200)
    expect((await trail(report.id)).map((e) => e.text)).toEqual(['Assegnata a Operatrice Lavori', 'Assegnata a Collega Lavori'])
    expect(told.filter((t) => t.reportId === report.id)).toEqual([])
  })

  it('refuses another office’s operator (404), an assignee of another office (400) and a stale page (409), in Italian', async () => {
    const report = await insertReport(payload, basics)
    const stranger = await act(urpClerk, report, 'assegna', { assignee: 'me' })
    expect(stranger.status).toBe(404)
    expect(await errorOf(stranger)).toBe('Segnalazione non trovata.')
    const wrong = await act(clerk, report, 'assegna', { assignee: urpClerk.user.id })
    expect(wrong.status).toBe(400)
    expect(await errorOf(wrong)).toMatch(/^La segnalazione può essere assegnata solo a un operatore/)
    expect((await act(clerk, report, 'assegna', {})).status).toBe(400)
    expect((await act(clerk, report, 'assegna', { assignee: 'me' })).status).toBe(200)
    const stale = await act(colleague, report, 'assegna', { assignee: 'me' })
    expect(stale.status).toBe(409)
    expect(await errorOf(stale)).toMatch(/^Un altro operatore ha appena cambiato questa segnalazione/)
    expect((await read(report.id)).assignee).toBe(clerk.user.id)
    const noVersion = await restAs(world.t, clerk.token, 'POST', `/reports/${report.id}/assegna`, { assignee: 'me' })
    expect(noVersion.status).toBe(400)
  })
})

describe('Aggiorna', () => {
  it('moves the status with a public answer and an internal note: the public ones are told, the note is not', async () => {
    const report = await insertReport(payload, basics)
    const res = await act(clerk, report, 'aggiorna', { status: 'in-lavorazione', publicAnswer: 'Squadra inviata sul posto.', note: 'Chiamato il fornitore.' })
    expect(res.status).toBe(200)
    expect(await read(report.id)).toMatchObject({ status: 'in-lavorazione', publicAnswer: 'Squadra inviata sul posto.', version: 2 })
    expect((await trail(report.id)).map((e) => [e.kind, e.public, e.status ?? null, e.text])).toEqual([
      ['stato', true, 'in-lavorazione', null], ['risposta', true, null, 'Squadra inviata sul posto.'], ['nota', false, null, 'Chiamato il fornitore.'],
    ])
    expect(told.filter((t) => t.reportId === report.id).map((t) => t.change)).toEqual([{ kind: 'status', status: 'in-lavorazione', publicAnswer: 'Squadra inviata sul posto.', closeReason: null }])
    const solved = await act(clerk, await read(report.id), 'aggiorna', { status: 'risolta' })
    expect(solved.status).toBe(200)
    expect((await read(report.id)).solvedAt).toBeTruthy()
    await act(clerk, await read(report.id), 'aggiorna', { note: 'Solo una nota' })
    expect(told.filter((t) => t.reportId === report.id)).toHaveLength(2)
  })

  it('closes only with a reason of the list, never "duplicata" by hand, and refuses impossible moves', async () => {
    const report = await insertReport(payload, basics)
    for (const [body, message] of [
      [{ status: 'chiusa' }, 'Scegli il motivo della chiusura.'],
      [{ status: 'chiusa', closeReason: 'duplicata' }, /^Per chiudere una segnalazione duplicata usa «Unisci/],
      [{ status: 'sospesa' }, /^Stato non valido/],
      [{}, 'Indica un nuovo stato, una risposta pubblica o una nota interna.'],
      [{ publicAnswer: 'x'.repeat(2001) }, 'La risposta pubblica può essere lunga al massimo 2000 caratteri.'],
    ] as const) {
      const res = await act(clerk, report, 'aggiorna', body)
      expect(res.status).toBe(400)
      expect(await errorOf(res)).toMatch(message)
    }
    expect((await act(clerk, report, 'aggiorna', { status: 'chiusa', closeReason: 'non-competenza' })).status).toBe(200)
    expect(await read(report.id)).toMatchObject({ status: 'chiusa', closeReason: 'non-competenza' })
    const again = await act(clerk, await read(report.id), 'aggiorna', { status: 'in-lavorazione' })
    expect(again.status).toBe(409)
    const pending = await insertReport(payload, basics, { status: 'da-confermare', confirmedAt: null })
    expect((await act(clerk, pending, 'aggiorna', { status: 'in-lavorazione' })).status).toBe(409)
  })
})

describe('Passa a un altro ufficio', () => {
  it('hands the report, its photos and followers to the other office, unassigned; the followers are told', async () => {
    const report = await insertReport(payload, basics, { assignee: clerk.user.id })
    await followAs(payload, report, 'vicino@example.org')
    const res = await act(clerk, report, 'passa-ufficio', { office: basics.offices.urp, note: 'Competenza URP' })
    expect(res.status).toBe(200)
    expect(await read(report.id)).toMatchObject({ office: basics.offices.urp, assignee: null })
    expect((await restAs(world.t, clerk.token, 'GET', `/reports/${report.id}`)).status).toBe(404)
    expect((await restAs(world.t, urpClerk.token, 'GET', `/reports/${report.id}`)).status).toBe(200)
    const { docs } = await payload.find({ collection: 'report-followers', where: { report: { equals: report.id } }, depth: 0 })
    expect(docs.map((f) => f.office)).toEqual([basics.offices.urp])
    expect(told.find((t) => t.reportId === report.id)?.change).toEqual({ kind: 'reassigned', office: 'Ufficio relazioni con il pubblico (URP)' })
    expect((await act(urpClerk, await read(report.id), 'passa-ufficio', { office: basics.offices.urp })).status).toBe(400)
  })
})
