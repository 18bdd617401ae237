import { type CsvColumns, listCsvExport } from '../endpoints/listCsvExport'
import type { Practice } from '../payload-types'
import { dateTimeToItalian, dateToItalian } from '../format/italian'
import { statusToLabel } from './workflow'

const columns: CsvColumns<Practice> = [
  ['Numero di protocollo', (p) => p.protocolNumber],
  ['Oggetto', (p) => p.title],
  ['Richiedente', (p) => p.applicantName],
  ['Codice fiscale', (p) => p.applicantFiscalCode],
  ['Servizio', (p) => (typeof p.service === 'object' ? p.service.title : '')],
  ['Ufficio', (p) => (typeof p.office === 'object' ? p.office.title : '')],
  ['Stato', (p) => statusToLabel(p.status)],
  ['Assegnata a', (p) => (p.assignee && typeof p.assignee === 'object' ? p.assignee.name : '')],
  ['Presentata il', (p) => p.submittedAt && dateTimeToItalian(p.submittedAt)],
  ['Scadenza', (p) => p.dueAt && dateToItalian(p.dueAt)],
  ['Termine sospeso dal', (p) => p.suspendedSince && dateToItalian(p.suspendedSince)],
  ['Conclusa il', (p) => p.decidedAt && dateTimeToItalian(p.decidedAt)],
]

/**
 * GET /api/practices/esporta.csv: the list of applications as the clerk sees it, read with their
 * access — their offices, never drafts — as a CSV for a spreadsheet in Italian, with Italian
 * headers and dates (cms/endpoints/listCsvExport.ts).
 */
export const exportPracticesCsv = listCsvExport<Practice>({
  collection: 'practices',
  columns,
  defaultSort: '-submittedAt',
  // Drafts are the citizen's: the access rules already hide them, and the export says so twice.
  scope: { status: { not_equals: 'bozza' } },
  populate: { services: { title: true }, offices: { title: true }, users: { name: true } },
  fileName: 'pratiche',
  refusals: {
    anonymous: 'Accedi al back office per esportare le pratiche.',
    forbidden: 'Le pratiche sono riservate agli operatori degli uffici e agli amministratori.',
  },
})
