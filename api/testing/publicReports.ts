import type { Report } from '../../cms/payload-types'
import { insertReport, seedReportBasics, type ReportBasics } from '../../cms/reports/testFixtures'
import type { TestPayload } from '../../cms/testing/testPayload'
import { createApp } from '../app'
import { loadConfig } from '../config'
import type { ReportCore } from '../data/reportsCore'
import { unshedLoad } from './loadLimits'

/** What must never leave the portal: the reporter, unmoderated words, internal notes, unconfirmed reports. */
export const privateWords = ['Maria Rossi', 'maria.rossi@example.org', 'TITOLO-DA-MODERARE', 'TESTO-DA-MODERARE', 'DESCRIZIONE-PRIVATA', 'NOTA-INTERNA', 'NON-CONFERMATA', 'NASCOSTA-OFFENSIVA']
/** The bytes every approved test photo has. */
export const testJpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9])

export type PublicReportsWorld = {
  app: ReturnType<typeof createApp>
  basics: ReportBasics
  r: Record<'approved' | 'pending' | 'unconfirmed' | 'merged' | 'survivor' | 'hidden' | 'solved', Report>
}

/**
 * An in-process public server over reports in every state that matters to the public: approved,
 * waiting for moderation, unconfirmed, merged into a survivor, hidden, solved; photos approved and not;
 * a public answer and internal notes (one wrongly marked public). Every report's reporter is Maria Rossi.
 */
export async function startPublicReportsWorld(t: TestPayload, env: Record<string, string> = {}, coreParts: Partial<ReportCore> = {}): Promise<PublicReportsWorld> {
  const basics = await seedReportBasics(t.payload)
  const photos = new Map<number, Buffer>()
  const core: ReportCore = {
    nearby: async () => [], searchStreets: async () => [], readPhoto: async (id) => photos.get(id) ?? null,
    create: async () => {
      throw new Error('createReport non previsto in questo test')
    },
    ...coreParts,
  }
  const app = createApp({ config: loadConfig({ SPORTELLO_SITE_DIR: t.dataDir, SPORTELLO_PUBLIC_URL: 'http://localhost:3000', SPORTELLO_MAP_TILES: 'off', ...unshedLoad, ...env }), payload: t.payload, reportCore: core, reportVersionTtlMs: 0 })
  const office = basics.offices.works as number
  const photo = async (report: Report, position: number, moderation: 'approvata' | 'in-attesa' | 'nascosta') => {
    const row = await t.payload.create({ collection: 'report-photos', overrideAccess: true, data: { report: report.id, office, position, storedName: `${report.code}-${position}.jpg`, width: 800, height: 600, bytes: testJpeg.length, sha256: 'x', moderation } })
    photos.set(row.id, testJpeg)
  }
  const event = (report: Report, kind: 'risposta' | 'nota', text: string, isPublic: boolean) =>
    t.payload.create({ collection: 'report-events', overrideAccess: true, data: { report: report.id, office, kind, text, public: isPublic, actorLabel: 'Operatore di prova' } })

  const hidden = { description: 'DESCRIZIONE-PRIVATA del cittadino' }
  const r = {} as PublicReportsWorld['r']
  r.approved = await insertReport(t.payload, basics, { ...hidden, title: 'Lampione spento in Corso Garibaldi', publicText: 'Il lampione al civico 10 è spento.' })
  r.pending = await insertReport(t.payload, basics, { ...hidden, title: 'TITOLO-DA-MODERARE', publicText: 'TESTO-DA-MODERARE', moderation: 'in-attesa', category: basics.categories.strade as number, area: "Sant'Elia", status: 'in-lavorazione' })
  r.unconfirmed = await insertReport(t.payload, basics, { ...hidden, title: 'NON-CONFERMATA', publicText: 'NON-CONFERMATA', status: 'da-confermare', confirmedAt: null })
  r.survivor = await insertReport(t.payload, basics, { ...hidden, title: 'Buca in via Appia', area: "Sant'Elia", category: basics.categories.strade as number })
  r.merged = await insertReport(t.payload, basics, { ...hidden, title: 'Buca doppia', status: 'chiusa', closeReason: 'duplicata', mergedInto: r.survivor.id })
  r.hidden = await insertReport(t.payload, basics, { ...hidden, title: 'NASCOSTA-OFFENSIVA', publicText: 'NASCOSTA-OFFENSIVA', moderation: 'nascosta', category: basics.categories.altro as number, office: basics.offices.urp as number })
  r.solved = await insertReport(t.payload, basics, { ...hidden, title: 'Lampione riparato', status: 'risolta', publicAnswer: 'Sostituita la lampada.' })
  await photo(r.approved, 1, 'approvata')
  await photo(r.approved, 2, 'in-attesa')
  await photo(r.unconfirmed, 1, 'approvata')
  await photo(r.hidden, 1, 'approvata')
  await event(r.approved, 'risposta', 'Intervento programmato per lunedì.', true)
  await event(r.approved, 'nota', 'NOTA-INTERNA: chiamare la ditta', false)
  await event(r.approved, 'nota', 'NOTA-INTERNA segnata pubblica per errore', true)
  return { app, basics, r }
}
