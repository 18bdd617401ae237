import type { Payload } from 'payload'

import type { Id, NewReport, ReportMarker, Street } from '../../cms/reports/contract'

/** What the public read side needs from the reports core (cms/reports/: streets, nearby reports, photo files). */
export type ReportCore = {
  nearby: (near: { latitude: number; longitude: number; categorySlug: string }) => Promise<ReportMarker[]>
  searchStreets: (query: string) => Promise<Street[]>
  readPhoto: (photoId: number) => Promise<Buffer | null>
  /** createReport: checks (ReportRefused with an Italian message), stores, sends the guest's confirmation email. */
  create: (input: NewReport) => Promise<{ id: Id; code: string; pendingEmail: boolean }>
}

/** The reports core over Payload. Until the core lands on this branch its answers are empty and photos are not found. */
export function reportCoreStore(_payload: Payload): ReportCore {
  return {
    nearby: async () => [],
    searchStreets: async () => [],
    readPhoto: async () => null,
    create: async () => {
      throw new Error('Il motore delle segnalazioni non è ancora collegato.')
    },
  }
}
