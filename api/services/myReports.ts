// The desk's Segnalazioni and Richieste di assistenza: the session citizen's own, never anyone else's
// (the core reads them by the citizen's id only).
import type { Id } from '../../cms/reports/contract'
import { assistanceStatuses, assistanceTopics, labelOf, reportStatuses } from '../../cms/reports/vocabulary'
import type { MyAssistance, MyReport } from '../contract/myReports'
import type { CitizenReportStore } from '../data/citizenReports'

/** What the desk needs from the reports core (api/data/citizenReports.ts). */
export type MyReportsStore = Pick<CitizenReportStore, 'mine' | 'myAssistance'>

const iso = (d: Date | string) => new Date(d).toISOString()

/** The reports the citizen sent or follows, the latest change first. */
export async function listMyReports(store: MyReportsStore, citizenId: Id): Promise<MyReport[]> {
  const reports = await store.mine(citizenId)
  return reports
    .map((r) => ({ code: r.code, title: r.title, status: r.status, statusLabel: labelOf(reportStatuses, r.status), category: r.category.name, createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt), href: `/segnalazioni/${encodeURIComponent(r.code)}/` }))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
}

/** The citizen's assistance requests, newest first. */
export async function listMyAssistance(store: MyReportsStore, citizenId: Id): Promise<MyAssistance[]> {
  const requests = await store.myAssistance(citizenId)
  return requests
    .map((a) => ({
      code: a.code, status: a.status, statusLabel: labelOf(assistanceStatuses, a.status), topic: a.topic, topicLabel: labelOf(assistanceTopics, a.topic), message: a.message,
      service: a.service?.title ?? null, reply: a.reply ?? null, repliedAt: a.repliedAt ? iso(a.repliedAt) : null, createdAt: iso(a.createdAt),
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}
