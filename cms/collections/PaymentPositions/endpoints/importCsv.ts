import type { Endpoint } from 'payload'

import { CsvImportError, importPositionsCsv } from '../../../payments/importPositionsCsv'

const maxBytes = 2 * 1024 * 1024
// Relationship ids are numbers on SQL databases and strings on MongoDB.
const toId = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : (value ?? undefined))

/**
 * POST /api/payment-positions/importa?ufficio=<id>[&servizio=<id>] with the CSV as the body
 * (text/csv): imports every row or none, with the operator's own access rights.
 */
export const importPositionsCsvEndpoint: Endpoint = {
  path: '/importa',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Accesso riservato al personale.' }] }, { status: 401 })
    const office = toId(req.searchParams.get('ufficio'))
    if (office === undefined) return Response.json({ errors: [{ message: 'Indica l’ufficio (parametro ufficio).' }] }, { status: 400 })
    const csv = req.text ? await req.text() : ''
    if (!csv.trim() || csv.length > maxBytes) return Response.json({ errors: [{ message: 'Il file CSV è vuoto o più grande di 2 MB.' }] }, { status: 400 })
    try {
      const result = await importPositionsCsv(req.payload, csv, { office, service: toId(req.searchParams.get('servizio')), user: req.user })
      return Response.json(result, { status: 201 })
    } catch (error) {
      if (error instanceof CsvImportError) return Response.json({ errors: [{ message: error.message }], righe: error.problems }, { status: 422 })
      if (error instanceof Error && error.name === 'ValidationError') {
        return Response.json({ errors: [{ message: `Nessuna posizione importata: ${error.message}` }] }, { status: 422 })
      }
      if (error instanceof Error && error.name === 'Forbidden') return Response.json({ errors: [{ message: 'Non puoi importare posizioni per questo ufficio.' }] }, { status: 403 })
      throw error
    }
  },
}
