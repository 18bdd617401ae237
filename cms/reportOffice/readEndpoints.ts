import type { Endpoint, PayloadRequest } from 'payload'

import { csvResponse } from '../endpoints/listCsvExport'
import { refusal } from '../endpoints/namedAction'
import { relationId } from '../relationId'
import { readReportPhoto } from '../reports/photoFiles'
import { reportStats, type CategoryStats } from '../reports/office/stats'
import { actingStaff, canTakeReport, ReportActionError, reportForStaff, staffName } from '../reports/office/staff'

/** A handler whose Italian refusals answer with their status. */
const refusing = (handler: (req: PayloadRequest) => Promise<Response>) => async (req: PayloadRequest) => {
  try {
    return await handler(req)
  } catch (error) {
    if (error instanceof ReportActionError) return refusal(error.status, error.message)
    throw error
  }
}

/** GET /api/reports/:id/operatori: who the report can be assigned to (its office's operators, admins), name and id only. */
const assignableEndpoint: Endpoint = {
  path: '/:id/operatori', method: 'get',
  handler: refusing(async (req) => {
    const { report } = await reportForStaff(req, req.routeParams?.id)
    const office = relationId(report.office)!
    const { docs } = await req.payload.find({ collection: 'users', where: { or: [{ offices: { in: [office] } }, { roles: { in: ['admin'] } }] }, depth: 0, limit: 200, sort: 'name', overrideAccess: true, req })
    return Response.json({ operators: docs.filter((u) => canTakeReport(u, office)).map((u) => ({ id: u.id, name: staffName(u) })) }, { headers: { 'cache-control': 'no-store' } })
  }),
}

/**
 * GET /api/reports/:id/foto/:position: a photo for staff who may read the report (its office,
 * admins), whatever its moderation — so they can decide on it. Never cached, never sniffed.
 */
const photoPreviewEndpoint: Endpoint = {
  path: '/:id/foto/:position', method: 'get',
  handler: refusing(async (req) => {
    const { report } = await reportForStaff(req, req.routeParams?.id)
    const position = Number(req.routeParams?.position)
    const { docs } = await req.payload.find({ collection: 'report-photos', where: { and: [{ report: { equals: report.id } }, { position: { equals: position } }] }, limit: 1, depth: 0, overrideAccess: true, req })
    const bytes = docs[0] ? await readReportPhoto(req.payload, docs[0].id) : null
    if (!bytes) throw new ReportActionError('Foto non trovata.', 404)
    return new Response(Buffer.from(bytes), { headers: { 'content-type': 'image/jpeg', 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' } })
  }),
}

/** GET /api/reports/statistiche: counts and median days to solve per category and month (JSON), the reader's offices only. */
const statsEndpoint: Endpoint = {
  path: '/statistiche', method: 'get',
  handler: refusing(async (req) => Response.json(await reportStats(req.payload, actingStaff(req)), { headers: { 'cache-control': 'private, no-store' } })),
}

const decimal = (value: number | null) => (value == null ? '' : String(value).replace('.', ','))

/** GET /api/reports/statistiche.csv: the same figures, one line per category and month. */
const statsCsvEndpoint: Endpoint = {
  path: '/statistiche.csv', method: 'get',
  handler: refusing(async (req) => {
    const { months, categories, totals } = await reportStats(req.payload, actingStaff(req))
    const lines = (name: string, c: Omit<CategoryStats, 'id' | 'name' | 'targetDays'>) =>
      months.map((month, i) => [month, name, String(c.received[i]), String(c.solved[i]), decimal(c.medianDays[i])])
    const rows = [['Mese', 'Categoria', 'Ricevute', 'Risolte', 'Giorni mediani per risolvere'], ...categories.flatMap((c) => lines(c.name, c)), ...lines('Tutte le categorie', totals)]
    return csvResponse(rows, 'segnalazioni-statistiche')
  }),
}

/** The back office's reading endpoints on reports. */
export const reportReadEndpoints: Endpoint[] = [statsCsvEndpoint, statsEndpoint, assignableEndpoint, photoPreviewEndpoint]
