// Receipts processed per second: pagoPA receipts for N positions, with a share delivered twice
// (as the platform does when it retries), mixed and processed with a few at a time. Bounded: N
// receipts, no time limit. Run alone with `npx tsx bench/receipts.ts [N]`, or from bench/run.ts.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { Payload } from 'payload'

import { paymentStore } from '../api/data/payments'
import { recordReceipt, type ReceiptNotification } from '../api/services/receipts'
import { printTable } from './lib/table'

/** Creates N positions, then processes their receipts plus duplicates; returns the table rows. */
export async function measureReceipts(payload: Payload, n = 1000, duplicateShare = 0.25, concurrency = 4): Promise<(string | number)[][]> {
  const office = await payload.create({ collection: 'offices', data: { title: 'Ufficio bench', slug: `bench-${Date.now()}`, type: 'ufficio', summary: 'Ufficio per il benchmark', _status: 'published' } as never })
  const positions = []
  for (let i = 0; i < n; i++) {
    positions.push(await payload.create({
      collection: 'payment-positions',
      data: { reason: `Bench ${i}`, amountCents: 1000 + i, dueDate: new Date(Date.now() + 86_400_000).toISOString(), debtorFiscalCode: 'CPTGNN85C54B180W', debtorName: 'Bench', office: office.id, status: 'da-pagare', source: 'operatore' },
    }))
  }
  const receipts: ReceiptNotification[] = positions.map((p, i) => ({
    receiptId: `bench-${i}`, noticeNumber: p.noticeCode!, fiscalCode: p.creditorFiscalCode!, paymentAmount: (p.amountCents / 100).toFixed(2), paymentDateTime: new Date().toISOString(),
  }))
  const duplicates = receipts.slice(0, Math.round(n * duplicateShare))
  const queue = shuffle([...receipts, ...duplicates])
  const store = paymentStore(payload)
  const counts = { settled: 0, duplicate: 0, unmatched: 0 }
  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, async () => {
    for (let next = queue.pop(); next; next = queue.pop()) counts[(await recordReceipt(store, next.fiscalCode, next)).outcome]++
  }))
  const seconds = (performance.now() - started) / 1000
  const paid = await payload.count({ collection: 'payment-positions', where: { status: { equals: 'pagata' }, office: { equals: office.id } } })
  const total = receipts.length + duplicates.length
  if (paid.totalDocs !== n || counts.settled !== n) throw new Error(`ricevute: ${counts.settled} saldate e ${paid.totalDocs} posizioni pagate su ${n}`)
  return [[String(total), String(duplicates.length), String(counts.settled), String(counts.duplicate), String(counts.unmatched), `${seconds.toFixed(1)} s`, Math.round(total / seconds)]]
}

/** The table's headers, for callers that print it. */
export const receiptHeaders = ['ricevute', 'di cui doppie', 'saldate', 'riconosciute doppie', 'da riconciliare', 'tempo', 'ricevute/s']

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sportello-bench-ricevute-'))
  // A data folder of its own; the database is DATABASE_URL when given, else SQLite in that folder. Set before the config loads.
  process.env.SPORTELLO_DATA_DIR = dataDir
  const [{ getPayload }, { default: config }, { closePayload }, { settingsOf }] = await Promise.all([
    import('payload'), import('../cms/payload.config'), import('../cms/closePayload'), import('../cms/settings/cmsSettings'),
  ])
  const payload = await getPayload({ config })
  await payload.db.migrate()
  const rows = await measureReceipts(payload, Number(process.argv[2] ?? 1000))
  printTable(`Ricevute pagoPA elaborate (${settingsOf(payload).databaseUrl.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}, 4 alla volta, 25% consegnate due volte)`, receiptHeaders, rows)
  await closePayload(payload)
  rmSync(dataDir, { recursive: true, force: true })
  process.exit(0)
}
