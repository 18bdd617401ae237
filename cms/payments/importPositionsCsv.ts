import { randomUUID } from 'node:crypto'

import { parse } from 'csv-parse/sync'
import { createLocalReq, Forbidden, type Payload, type TypedUser } from 'payload'

import { userToOfficeIds } from '../access/officeScoped'
import { hasRole } from '../access/roles'
import { inTransaction } from '../concurrency/inTransaction'
import { isDebtorCode } from './creditor'

/** A CSV row that cannot be imported: its line in the file and why, in Italian. */
export type CsvRowProblem = { line: number; message: string }

/** Raised when a CSV file has bad rows: nothing was imported. */
export class CsvImportError extends Error {
  override name = 'CsvImportError'
  constructor(readonly problems: CsvRowProblem[]) {
    super(`Nessuna posizione importata: ${problems.length} righe non valide.`)
  }
}

/** The columns of an import file (header row required; ";" or "," as separator). */
export const csvColumns = ['codice_fiscale', 'nominativo', 'causale', 'importo', 'scadenza'] as const

type Row = Record<(typeof csvColumns)[number], string>
type PositionInput = { debtorFiscalCode: string; debtorName: string; reason: string; amountCents: number; dueDate: string }

/**
 * Imports payment positions from a CSV file (e.g. a school-canteen tariff run) for one office: every
 * row is checked first and a single bad row rejects the whole file with each bad line and its reason.
 * Rows are then written in one transaction; where the database has none (SQLite), the rows already
 * written are removed if a later one fails, so a file is never imported half-way.
 */
export async function importPositionsCsv(
  payload: Payload, csv: string, options: { office: number | string; service?: number | string; user?: TypedUser | null },
): Promise<{ imported: number; batch: string }> {
  const inputs = csvToPositions(csv)
  const batch = `csv-${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`
  if (options.user && !canActForOffice(options.user, options.office)) throw new Forbidden()
  const req = await createLocalReq({ user: options.user ?? undefined }, payload)
  // Known once the work has begun: where it began without a transaction, what it wrote is removed by hand.
  let transactional: boolean | undefined
  try {
    await inTransaction(req, async (started) => {
      transactional = started
      for (const input of inputs) {
        // Source and batch are the system's to write (staff cannot set them over the API): the office was checked above.
        await payload.create({
          collection: 'payment-positions', req,
          data: { ...input, office: options.office as number, service: options.service as number | undefined, source: 'importazione', importBatch: batch, status: 'da-pagare' },
        })
      }
    })
  } catch (error) {
    if (transactional === false) await removeBatch(payload, batch)
    throw error
  }
  return { imported: inputs.length, batch }
}

/** Admins import for any office, operators only for one of their own. */
const canActForOffice = (user: TypedUser, office: number | string) =>
  hasRole(user, 'admin') || (hasRole(user, 'operator') && userToOfficeIds(user).map(String).includes(String(office)))

/** Undoes a half-written import where the database gave no transaction, trail entries included (they never happened). */
async function removeBatch(payload: Payload, batch: string): Promise<void> {
  const { docs } = await payload.find({ collection: 'payment-positions', where: { importBatch: { equals: batch } }, depth: 0, pagination: false, select: {} })
  const ids = docs.map((d) => d.id)
  if (ids.length) await payload.delete({ collection: 'payment-events', where: { position: { in: ids } } })
  await payload.delete({ collection: 'payment-positions', where: { importBatch: { equals: batch } } })
}

/** Parses and checks every row; throws CsvImportError listing all bad lines, or returns the positions. */
export function csvToPositions(csv: string): PositionInput[] {
  let records: { record: Row; info: { lines: number } }[]
  // Italian spreadsheets write ";" (the comma is the decimal mark); the header line tells which.
  const delimiter = (csv.split('\n', 1)[0] ?? '').includes(';') ? ';' : ','
  try {
    records = parse(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), delimiter, info: true, skip_empty_lines: true, trim: true, bom: true })
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1
    throw new CsvImportError([{ line, message: 'Il file non è un CSV leggibile (controlla separatori e virgolette).' }])
  }
  const problems: CsvRowProblem[] = []
  const first = records[0]?.record
  const missing = first ? csvColumns.filter((c) => !(c in first)) : [...csvColumns]
  if (missing.length) throw new CsvImportError([{ line: 1, message: `Intestazione incompleta: mancano le colonne ${missing.join(', ')}.` }])
  const positions: PositionInput[] = []
  for (const { record, info } of records) {
    const line = info.lines
    const result = rowToPosition(record)
    if (typeof result === 'string') problems.push({ line, message: result })
    else positions.push(result)
  }
  if (problems.length) throw new CsvImportError(problems)
  return positions
}

function rowToPosition(row: Row): PositionInput | string {
  const fiscalCode = row.codice_fiscale.toUpperCase()
  if (!isDebtorCode(fiscalCode)) return `Codice fiscale non valido: «${row.codice_fiscale}».`
  if (!row.nominativo) return 'Manca il nominativo del debitore.'
  if (!row.causale) return 'Manca la causale.'
  if (row.causale.length > 140) return 'La causale può avere al massimo 140 caratteri.'
  const amountCents = euroTextToCents(row.importo)
  if (amountCents === null) return `Importo non valido: «${row.importo}» (usa per esempio 12,50).`
  const dueDate = dateTextToIso(row.scadenza)
  if (!dueDate) return `Scadenza non valida: «${row.scadenza}» (usa GG/MM/AAAA).`
  return { debtorFiscalCode: fiscalCode, debtorName: row.nominativo, reason: row.causale, amountCents, dueDate }
}

/** "12,50", "12.50" or "1.234,50" → cents; null when not a positive amount with at most two decimals. */
export function euroTextToCents(text: string): number | null {
  const normalised = /,\d{1,2}$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(normalised)) return null
  const [units, decimals = ''] = normalised.split('.')
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'))
  return cents > 0 ? cents : null
}

/** "31/12/2026" or "2026-12-31" → ISO date at noon UTC (the day is the same in Italy); null when not a real date. */
export function dateTextToIso(text: string): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return null
  const [y, m, d] = text.includes('/') ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]]
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12))
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? date.toISOString() : null
}
