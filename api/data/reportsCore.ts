import type { Payload } from 'payload'

import type { ReportMarker, Street } from '../../cms/reports/contract'

/** What the public read side needs from the reports core (cms/reports/: streets, nearby reports, photo files). */
export type ReportCore = {
  nearby: (near: { latitude: number; longitude: number; categorySlug: string }) => Promise<ReportMarker[]>
  searchStreets: (query: string) => Promise<Street[]>
  readPhoto: (photoId: number) => Promise<Buffer | null>
}

/** The reports core over Payload. Until the core lands on this branch its answers are empty and photos are not found. */
export function reportCoreStore(_payload: Payload): ReportCore {
  return {
    nearby: async () => [],
    searchStreets: async () => [],
    readPhoto: async () => null,
  }
}
