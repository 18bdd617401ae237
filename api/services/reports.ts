import { createHash } from 'node:crypto'

import { romeDayOf } from '../../cms/agenda/days'
import type { PublicReport, ReportFilter } from '../../cms/reports/contract'
import { labelOf, publicReportStatuses, reportCloseReasons, reportStatuses } from '../../cms/reports/vocabulary'
import type { PublicReportBody, PublicReportPageBody, ReportMarkersBody } from '../contract/reports'
import type { ReportReadStore } from '../data/reports'
import type { ReportCore } from '../data/reportsCore'
import { ApiError } from '../errors'
import type { StaticFile } from '../static/staticFile'
import { withVariants } from '../static/variantResponse'
import { filterToKey } from './reportFilters'
import { versionedCache } from './versionedCache'

/** How a list page is cut. */
export const reportPageSize = 20

const markerFields = ['code', 'latitude', 'longitude', 'category', 'status', 'title', 'day']
const round5 = (n: number) => Math.round(n * 1e5) / 1e5
const statusLabel = (status: string) => labelOf(reportStatuses, status)

/** An ETag naming one version of the data and one filter: equal on every server that has the same data. */
export const versionEtag = (kind: string, version: string, filter: ReportFilter): string =>
  `"${kind}-${createHash('sha256').update(`${version}|${filterToKey(filter)}`).digest('base64url').slice(0, 22)}"`

/** The public read side as the API answers it: compact markers (cached per data version), pages, one report. */
export function publicReportsService(store: ReportReadStore, core: ReportCore) {
  const markerCache = versionedCache<StaticFile>()
  return {
    /** The map's markers for a filter, as compact JSON with its compressed variants. */
    async markers(filter: ReportFilter): Promise<StaticFile> {
      const version = await store.version()
      return markerCache.get(version, filterToKey(filter), async () => {
        const body = Buffer.from(JSON.stringify(await markersBody(store, filter)))
        return withVariants(body, 'application/json; charset=utf-8', versionEtag('m', version, filter))
      })
    },
    /** One report's public page data; 404 when it does not exist or is not public. */
    async report(code: string): Promise<PublicReportBody> {
      const report = await store.report(code)
      if (!report) throw new ApiError('not_found', 'Segnalazione non trovata: controlla il codice.')
      return reportToBody(report)
    },
    /** A page of the public list, newest first. */
    async page(filter: ReportFilter, page: number): Promise<PublicReportPageBody> {
      const found = await store.page(filter, page, reportPageSize)
      return {
        ...found,
        items: found.items.map((r) => ({
          code: r.code, title: r.title, status: r.status, statusLabel: statusLabel(r.status), category: r.category, area: r.area, address: r.address,
          latitude: r.latitude, longitude: r.longitude, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(),
        })),
      }
    },
    /** Categories citizens may choose, the areas of the street list and the public statuses. */
    async categories() {
      const [categories, areas] = await Promise.all([store.categories(), store.areas()])
      return {
        categories: categories.map((c) => ({ slug: c.slug, name: c.name, description: c.description ?? null, office: c.office.title, targetDays: c.targetDays })),
        areas,
        statuses: publicReportStatuses.map((value) => ({ value, label: statusLabel(value) })),
      }
    },
    /** An approved photo's bytes (JPEG, no metadata); 404 when unknown, not approved, or its report not public. */
    async photo(code: string, position: number): Promise<Buffer> {
      const photo = await store.photo(code, position)
      const bytes = photo ? await core.readPhoto(photo.id) : null
      if (!bytes) throw new ApiError('not_found', 'Foto non disponibile.')
      return bytes
    },
    /** Open reports of the category near a point (at most 5, nearest first): "già segnalato?". */
    async nearby(latitude: number, longitude: number, categorySlug: string) {
      const reports = await core.nearby({ latitude, longitude, categorySlug })
      return { reports: reports.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) }
    },
    /** Streets of the Comune's list matching what the citizen typed. */
    async streets(query: string) {
      return { streets: await core.searchStreets(query) }
    },
    version: () => store.version(),
  }
}

export type PublicReportsService = ReturnType<typeof publicReportsService>

async function markersBody(store: ReportReadStore, filter: ReportFilter): Promise<ReportMarkersBody> {
  const [markers, categories] = await Promise.all([store.markers(filter), store.allCategories()])
  const categoryIndex = new Map(categories.map((c, i) => [c.slug, i]))
  const statusIndex = new Map(reportStatuses.map((s, i) => [s.value as string, i]))
  return {
    categories: categories.map((c) => ({ slug: c.slug, name: c.name })),
    statuses: reportStatuses.map((s) => ({ value: s.value, label: s.label })),
    fields: markerFields,
    markers: markers.map((m) => [m.code, round5(m.latitude), round5(m.longitude), categoryIndex.get(m.category) ?? -1, statusIndex.get(m.status) ?? -1, m.title, romeDayOf(m.createdAt)]),
  }
}

/** A public report as JSON: dates as ISO 8601, labels beside values. */
export function reportToBody(r: PublicReport): PublicReportBody {
  return {
    code: r.code, status: r.status, statusLabel: statusLabel(r.status),
    closeReason: r.closeReason ?? null, closeReasonLabel: r.closeReason ? labelOf(reportCloseReasons, r.closeReason) : null,
    category: r.category, office: { title: r.office.title, slug: r.office.slug ?? null }, title: r.title, text: r.text,
    latitude: r.latitude, longitude: r.longitude, address: r.address ?? null, area: r.area ?? null, photos: r.photos, publicAnswer: r.publicAnswer ?? null,
    updates: r.updates.map((u) => ({ at: u.at.toISOString(), status: u.status ?? null, statusLabel: u.status ? statusLabel(u.status) : null, text: u.text ?? null })),
    createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString(), targetDate: r.targetDate?.toISOString() ?? null,
    mergedInto: r.mergedInto ?? null, followers: r.followers,
  }
}
