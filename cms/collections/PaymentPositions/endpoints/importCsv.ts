import type { Endpoint, PayloadRequest } from 'payload'

import { CsvImportError, importPositionsCsv, type CsvRowProblem } from '../../../payments/importPositionsCsv'

const maxBytes = 2 * 1024 * 1024
const listUrl = '/admin/collections/payment-positions'
// Relationship ids are numbers on SQL databases and strings on MongoDB.
const toId = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : typeof value === 'string' && value ? value : undefined)

type Outcome = { status: 201; imported: number } | { status: 400 | 401 | 403 | 422; message: string; rows?: CsvRowProblem[] }

/**
 * POST /api/payment-positions/importa: imports every row of a CSV file or none, with the staff
 * member's own access rights. Two ways in: the admin's form (multipart: ufficio, servizio, file),
 * answered with a redirect back to the list showing the outcome; or a script (body text/csv,
 * ?ufficio=<id>[&servizio=<id>]), answered in JSON.
 */
export const importPositionsCsvEndpoint: Endpoint = {
  path: '/importa',
  method: 'post',
  handler: async (req) => {
    const fromForm = (req.headers.get('content-type') ?? '').startsWith('multipart/form-data')
    const outcome = await runImport(req, fromForm)
    if (fromForm) {
      const query = outcome.status === 201
        ? `importazione=ok&importate=${outcome.imported}`
        : `importazione=errore&messaggio=${encodeURIComponent(outcome.message)}&righe=${encodeURIComponent(JSON.stringify((outcome.rows ?? []).slice(0, 50)))}`
      return new Response(null, { status: 303, headers: { location: `${listUrl}?${query}` } })
    }
    return outcome.status === 201
      ? Response.json({ imported: outcome.imported }, { status: 201 })
      : Response.json({ errors: [{ message: outcome.message }], ...(outcome.rows ? { righe: outcome.rows } : {}) }, { status: outcome.status })
  },
}

async function runImport(req: PayloadRequest, fromForm: boolean): Promise<Outcome> {
  if (!req.user) return { status: 401, message: 'Accesso riservato al personale.' }
  let csv = ''
  let office: number | string | undefined
  let service: number | string | undefined
  if (fromForm) {
    const form = await req.formData!()
    const file = form.get('file')
    csv = file instanceof Blob && file.size <= maxBytes ? await file.text() : ''
    office = toId(form.get('ufficio'))
    service = toId(form.get('servizio'))
  } else {
    csv = (await req.text?.()) ?? ''
    office = toId(req.searchParams.get('ufficio'))
    service = toId(req.searchParams.get('servizio'))
  }
  if (office === undefined) return { status: 400, message: 'Indica l’ufficio a cui appartengono le posizioni.' }
  if (!csv.trim() || csv.length > maxBytes) return { status: 400, message: 'Scegli un file CSV non vuoto e non più grande di 2 MB.' }
  try {
    const { imported } = await importPositionsCsv(req.payload, csv, { office, service, user: req.user })
    return { status: 201, imported }
  } catch (error) {
    if (error instanceof CsvImportError) return { status: 422, message: error.message, rows: error.problems }
    if (error instanceof Error && error.name === 'ValidationError') return { status: 422, message: `Nessuna posizione importata: ${error.message}` }
    if (error instanceof Error && error.name === 'Forbidden') return { status: 403, message: 'Non puoi importare posizioni per questo ufficio.' }
    throw error
  }
}
