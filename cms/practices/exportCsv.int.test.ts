import { parse } from 'csv-parse/sync'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Practice } from '../payload-types'
import { createOfficeWithService, createPractice, staffMember } from '../testing/backOffice'
import { startTestPayload, type TestPayload } from '../testing/testPayload'
import type { PracticeStatus } from './workflow'

let t: TestPayload
let payload: Payload
let token: string
const mine: Record<string, Practice> = {}
let elsewhere: Practice

/** An application of an office with the fields a submitted one has. */
async function submitted(ids: { officeId: number; serviceId: number }, status: PracticeStatus, data: Partial<Practice>) {
  const practice = await createPractice(payload, { ...ids, status })
  return payload.update({ collection: 'practices', id: practice.id, context: { system: true }, data: { submittedAt: '2026-11-30T09:15:00.000Z', ...data } })
}

/** GET on the admin's REST API, signed in or not, as the export link's browser would. */
function get(path: string, as?: string): Promise<Response> {
  const request = new Request(`http://localhost:3001/api${path}`, { headers: as ? { authorization: `JWT ${as}` } : {} })
  return handleEndpoints({ config: t.payload.config, request, payloadInstanceCacheKey: t.dataDir })
}
/** The CSV's rows, read as a spreadsheet in Italian would (BOM, ";"). */
const rowsOf = async (res: Response): Promise<string[][]> => parse(await res.text(), { delimiter: ';', bom: true }) as string[][]
const protocols = (rows: string[][]) => rows.slice(1).map((r) => r[0]).sort()

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const a = await createOfficeWithService(payload)
  const b = await createOfficeWithService(payload)
  const ids = { officeId: a.office.id, serviceId: a.service.id }
  const operator = await staffMember(payload, 'Operatrice Russo', ['operator'], [a.office.id])
  token = operator.token
  mine.presented = await submitted(ids, 'presentata', { protocolNumber: '2026/000012', applicantName: 'Rosa Greco', applicantFiscalCode: 'GRCRSO66P48A662X', dueAt: '2026-12-30T23:00:00.000Z' })
  mine.working = await submitted(ids, 'in-lavorazione', { protocolNumber: '2026/000013', assignee: operator.user.id })
  mine.formula = await submitted(ids, 'presentata', { protocolNumber: '2026/000014', applicantName: '=HYPERLINK("http://esempio.test","clic")', title: '@SUM(1+1)' })
  await createPractice(payload, { ...ids, status: 'bozza' })
  elsewhere = await submitted({ officeId: b.office.id, serviceId: b.service.id }, 'presentata', { protocolNumber: '2026/000099' })
})
afterAll(async () => t?.cleanup())

describe('the CSV export of the list of applications', () => {
  it('refuses, in Italian, whoever is not signed in', async () => {
    const res = await get('/practices/esporta.csv')
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ errors: [{ message: 'Accedi al back office per esportare le pratiche.' }] })
  })

  it('refuses a member of staff who handles no applications', async () => {
    const editor = await staffMember(payload, 'Redattrice', ['editor'] as never)
    const res = await get('/practices/esporta.csv', editor.token)
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({ errors: [{ message: 'Le pratiche sono riservate agli operatori degli uffici e agli amministratori.' }] })
  })

  it('is a dated attachment a spreadsheet in Italian opens: BOM, ";" and Italian headers', async () => {
    const res = await get('/practices/esporta.csv', token)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="pratiche-\d{4}-\d{2}-\d{2}\.csv"$/)
    const bytes = new Uint8Array(await res.clone().arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = await rowsOf(res)
    expect(rows[0]).toEqual(['Numero di protocollo', 'Oggetto', 'Richiedente', 'Codice fiscale', 'Servizio', 'Ufficio', 'Stato', 'Assegnata a', 'Presentata il', 'Scadenza', 'Termine sospeso dal', 'Conclusa il'])
    const rosa = rows.find((r) => r[0] === '2026/000012')!
    expect(rosa).toEqual(['2026/000012', 'Contrassegno', 'Rosa Greco', 'GRCRSO66P48A662X', 'Contrassegno', 'Ufficio Mobilità', 'Presentata', '', '30 novembre 2026, 10:15', '31 dicembre 2026', '', ''])
    expect(rows.find((r) => r[0] === '2026/000013')?.slice(6, 8)).toEqual(['In lavorazione', 'Operatrice Russo'])
  })

  it('holds only the applications of the clerk’s offices, and never a draft', async () => {
    const rows = await rowsOf(await get('/practices/esporta.csv', token))
    expect(protocols(rows)).toEqual(['2026/000012', '2026/000013', '2026/000014'])
    expect(rows.flat()).not.toContain(elsewhere.protocolNumber)
    expect(rows.slice(1).map((r) => r[6])).not.toContain('Bozza')
  })

  it('keeps the list’s filters, search and sort', async () => {
    expect(protocols(await rowsOf(await get('/practices/esporta.csv?where[or][0][and][0][status][equals]=in-lavorazione', token)))).toEqual(['2026/000013'])
    expect(protocols(await rowsOf(await get('/practices/esporta.csv?search=2026/000012', token)))).toEqual(['2026/000012'])
    expect(protocols(await rowsOf(await get('/practices/esporta.csv?search=grcrso66p48', token)))).toEqual(['2026/000012'])
    const sorted = await rowsOf(await get('/practices/esporta.csv?sort=-protocolNumber', token))
    expect(sorted.slice(1).map((r) => r[0])).toEqual(['2026/000014', '2026/000013', '2026/000012'])
  })

  it('does not let a spreadsheet run a cell as a formula', async () => {
    const rows = await rowsOf(await get('/practices/esporta.csv?search=2026/000014', token))
    expect(rows[1]?.[1]).toBe("'@SUM(1+1)")
    expect(rows[1]?.[2]).toBe('\'=HYPERLINK("http://esempio.test","clic")')
  })

  it('answers a malformed filter with 400 and an Italian message', async () => {
    for (const query of ['where=tutto', 'where[campoInesistente][equals]=1', 'sort=titolo;drop']) {
      const res = await get(`/practices/esporta.csv?${query}`, token)
      expect(res.status, query).toBe(400)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message, query).toMatch(/non è valid/)
    }
  })
})
