import { createHash } from 'node:crypto'

import type { NewReport, PublicReport, ReportFilter } from '../../cms/reports/contract'
import type { PublicReportRow } from '../../cms/reports/publicList'
import { labelOf, reportCloseReasons, type ReportStatus } from '../../cms/reports/vocabulary'
import type { Open311Discovery, Open311Service, Open311ServiceRequest } from '../contract/open311'
import type { ReportReadStore } from '../data/reports'
import type { ReportCore } from '../data/reportsCore'
import { ApiError } from '../errors'
import { open311RequestsFilter, open311Report, type Open311Form, type Open311Query } from './open311Input'

/** GeoReport v2 as published: https://wiki.open311.org/GeoReport_v2 */
export const georeportV2 = 'http://wiki.open311.org/GeoReport_v2'
/** At most this many requests in one answer (the spec's default limit). */
export const open311Limit = 1000
const openStatuses: readonly ReportStatus[] = ['ricevuta', 'in-lavorazione']

export type Open311Deps = { store: ReportReadStore; core: ReportCore; publicUrl: URL; demo: boolean; acceptsReports: boolean; comune: string }
/** What a report is for Open311: the public row of the list, or the public report itself. */
type Source = Pick<PublicReportRow, 'code' | 'status' | 'closeReason' | 'publicAnswer' | 'mergedInto' | 'category' | 'text' | 'office' | 'createdAt' | 'updatedAt' | 'targetDate' | 'address' | 'area' | 'latitude' | 'longitude' | 'photo'>

/** Open311 GeoReport v2 over the public read side: the same hiding rules as the map, the list and the exports. */
export function open311Service({ store, core, publicUrl, demo, acceptsReports, comune }: Open311Deps) {
  const absolute = (path: string) => new URL(path, publicUrl).toString()
  const toRequest = (s: Source): Open311ServiceRequest => ({
    service_request_id: s.code, status: openStatuses.includes(s.status) ? 'open' : 'closed',
    status_notes: s.mergedInto ? `Unita alla segnalazione ${s.mergedInto}.` : s.publicAnswer ?? (s.closeReason ? labelOf(reportCloseReasons, s.closeReason) : null),
    service_name: s.category.name, service_code: s.category.slug, description: s.text, agency_responsible: s.office || null, service_notice: null,
    requested_datetime: s.createdAt.toISOString(), updated_datetime: s.updatedAt.toISOString(), expected_datetime: s.targetDate?.toISOString() ?? null,
    address: [s.address, s.area, comune].filter(Boolean).join(', '), address_id: null, zipcode: null, lat: s.latitude, long: s.longitude,
    media_url: s.photo ? absolute(`/api/segnalazioni/${encodeURIComponent(s.code)}/foto/${s.photo}`) : null,
  })
  return {
    async discovery(): Promise<Open311Discovery> {
      const changeset = (await store.categoriesChangedAt()) || '1970-01-01T00:00:00.000Z'
      return {
        changeset, contact: `${comune}: Ufficio relazioni con il pubblico, ${absolute('/assistenza/')}`,
        key_service: 'Per leggere non serve una chiave; l’invio di segnalazioni, se attivo, richiede la conferma dell’email di chi segnala.',
        endpoints: [{ specification: georeportV2, url: absolute('/api/open311/v2'), changeset, type: demo ? 'test' : 'production', formats: ['application/json', 'text/xml'] }],
      }
    },
    async services(): Promise<Open311Service[]> {
      return (await store.categories()).map((c) => ({ service_code: c.slug, service_name: c.name, description: c.description ?? null, metadata: false, type: 'realtime', keywords: null, group: c.office.title }))
    },
    async definition(code: string) {
      if (!(await store.categories()).some((c) => c.slug === code)) throw new ApiError('not_found', `Servizio (service_code) «${code}» inesistente.`)
      return { service_code: code, attributes: [] }
    },
    async requests(query: Open311Query): Promise<Open311ServiceRequest[]> {
      const filter: ReportFilter | null = open311RequestsFilter(query, new Date())
      if (!filter) return []
      return (await store.page(filter, 1, open311Limit, true)).items.map(toRequest)
    },
    async request(code: string): Promise<Open311ServiceRequest[]> {
      const report = await store.report(code)
      if (!report) throw new ApiError('not_found', `Segnalazione (service_request_id) «${code}» inesistente o non pubblica.`)
      return [toRequest(reportToSource(report))]
    },
    async create(form: Open311Form) {
      if (!acceptsReports) throw new ApiError('forbidden', 'L’invio di segnalazioni tramite Open311 non è attivo su questo portale.')
      const input: NewReport = { ...open311Report(form), requestKey: requestKeyOf(form) }
      const created = await core.create(input)
      return [{ service_request_id: created.code, service_notice: 'La segnalazione sarà pubblicata dopo la conferma: abbiamo scritto all’indirizzo email indicato.', account_id: null }]
    },
  }
}

export type Open311ServiceApi = ReturnType<typeof open311Service>

const reportToSource = (r: PublicReport): Source => ({
  ...r, office: r.office.title, closeReason: r.closeReason ?? null, publicAnswer: r.publicAnswer ?? null, mergedInto: r.mergedInto ?? null, targetDate: r.targetDate ?? null,
  address: r.address ?? null, area: r.area ?? null, photo: r.photos[0]?.position ?? null,
})

/** The same form sent twice (a client's retry) is one report. */
const requestKeyOf = (form: Open311Form) =>
  `open311-${createHash('sha256').update(JSON.stringify([form.service_code, form.email, form.lat, form.long, form.address_string, form.description])).digest('base64url').slice(0, 40)}`
