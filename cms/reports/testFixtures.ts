import type { Payload } from 'payload'

import type { Report } from '../payload-types'
import type { Id } from './contract'

/** What {@link seedReportBasics} made: two offices, their categories by slug, three streets. */
export type ReportBasics = { offices: { works: Id; urp: Id }; categories: Record<'illuminazione' | 'strade' | 'altro', Id> }

/**
 * Test data of the reports core: the Lavori pubblici office with "illuminazione" (7 days) and "strade"
 * (20 days), the URP with "altro", and three streets of the centre. Tests make the rest themselves.
 */
export async function seedReportBasics(payload: Payload): Promise<ReportBasics> {
  const office = (slug: string, title: string) =>
    payload.create({ collection: 'offices', data: { slug, title, type: 'ufficio', summary: title, _status: 'published' } as never, draft: false, overrideAccess: true, context: { seeding: true } })
  const works = await office('lavori-pubblici', 'Ufficio Lavori pubblici e manutenzioni')
  const urp = await office('urp', 'Ufficio relazioni con il pubblico (URP)')
  const category = (slug: string, name: string, officeId: Id, targetDays: number, order: number) =>
    payload.create({ collection: 'report-categories', data: { slug, name, office: officeId as number, targetDays, order, active: true }, overrideAccess: true })
  const illuminazione = await category('illuminazione', 'Illuminazione pubblica', works.id, 7, 1)
  const strade = await category('strade', 'Strade e marciapiedi', works.id, 20, 0)
  const altro = await category('altro', 'Altro', urp.id, 30, 9)
  for (const street of [
    { name: 'Corso Garibaldi', area: 'Centro', latitude: 40.6372, longitude: 17.9432 },
    { name: 'Corso Umberto I', area: 'Centro', latitude: 40.6338, longitude: 17.9386 },
    { name: 'Via Appia', area: "Sant'Elia", latitude: 40.6218, longitude: 17.9221 },
  ]) await payload.create({ collection: 'streets', data: street, overrideAccess: true })
  return { offices: { works: works.id, urp: urp.id }, categories: { illuminazione: illuminazione.id, strade: strade.id, altro: altro.id } }
}

let counter = 0

/**
 * A report written straight into the database, for tests of what reads reports (public view, map,
 * Open311, back office) before or without the citizen's flow. Defaults: a confirmed, moderated street
 * light report in Corso Garibaldi. Never used outside tests.
 */
export async function insertReport(payload: Payload, basics: ReportBasics, overrides: Partial<Report> = {}): Promise<Report> {
  counter += 1
  const now = new Date()
  return payload.create({
    collection: 'reports',
    overrideAccess: true,
    data: {
      code: `SEG-${now.getFullYear()}-T${String(counter).padStart(5, '0')}${Math.random().toString(36).slice(2, 6)}`,
      status: 'ricevuta',
      category: basics.categories.illuminazione as number,
      office: basics.offices.works as number,
      title: 'Lampione spento',
      description: 'Il lampione davanti al civico 10 è spento da una settimana.',
      publicText: 'Il lampione davanti al civico 10 è spento da una settimana.',
      moderation: 'approvata',
      latitude: 40.6372,
      longitude: 17.9432,
      address: 'Corso Garibaldi 10',
      area: 'Centro',
      locationSource: 'mappa',
      confirmedAt: now.toISOString(),
      targetDate: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
      reporterName: 'Maria Rossi',
      reporterEmail: 'maria.rossi@example.org',
      channel: 'web',
      version: 1,
      ...overrides,
    } as never,
  })
}
