import type { Payload } from 'payload'

import type { Report } from '../../cms/payload-types'
import type { ReportBasics } from '../../cms/reports/testFixtures'

type Row = Omit<Report, 'id'> & { category: number; office: number }

// A city's year of reports, roughly: most confirmed and moderated, some waiting, a few hidden or unconfirmed.
const statuses = [['da-confermare', 5], ['ricevuta', 40], ['in-lavorazione', 25], ['risolta', 20], ['chiusa', 10]] as const
const moderations = [['approvata', 80], ['in-attesa', 15], ['nascosta', 5]] as const
const streets = ['Corso Garibaldi', 'Corso Umberto I', 'Via Appia', 'Viale Commenda', 'Via Provinciale San Vito', 'Via Santa Lucia', 'Piazza Vittoria', 'Via Cappuccini']
const areas = ['Centro', "Sant'Elia", 'Commenda', 'Paradiso', 'Casale', 'Perrino', 'Tuturano']
const titles = ['Lampione spento', 'Buca sul marciapiede', 'Cassonetto pieno', 'Albero pericolante', 'Perdita d’acqua', 'Graffiti sul muro', 'Tombino rotto', 'Segnaletica mancante']

/** A repeatable pseudo-random sequence (mulberry32): the same data on every run and database. */
function randomOf(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: () => number, weighted: readonly (readonly [T, number])[]): T => {
  let n = random() * weighted.reduce((sum, [, w]) => sum + w, 0)
  for (const [value, weight] of weighted) if ((n -= weight) < 0) return value
  return weighted[0]![0]
}

/**
 * Writes `total` reports straight into the reports table, 200 rows per statement: the bench's data,
 * made in seconds (createReport's own rate is measured apart). Spread over the Comune and the last year.
 */
export async function insertBenchReports(payload: Payload, basics: ReportBasics, total: number): Promise<void> {
  const random = randomOf(15)
  const db = payload.db as unknown as { drizzle: { insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> } }; tables: Record<string, unknown> }
  const categories = Object.values(basics.categories) as number[]
  const now = Date.now()
  for (let start = 0; start < total; start += 200) {
    const rows = Array.from({ length: Math.min(200, total - start) }, (_, k): Row => {
      const i = start + k
      const at = new Date(now - Math.floor(random() * 365 * 86_400_000)).toISOString()
      const street = streets[i % streets.length]!
      return {
        code: `SEG-BENCH-${String(i).padStart(6, '0')}`, status: pick(random, statuses), moderation: pick(random, moderations),
        category: categories[i % categories.length]!, office: basics.offices.works as number, title: `${titles[i % titles.length]} in ${street}`,
        description: 'Descrizione del cittadino, mai pubblica.', publicText: 'Testo moderato della segnalazione.', latitude: 40.6 + random() * 0.08, longitude: 17.88 + random() * 0.1,
        address: `${street} ${1 + (i % 120)}`, area: areas[i % areas.length]!, locationSource: 'mappa', reporterName: 'Cittadino di prova', reporterEmail: `bench${i}@example.org`,
        channel: 'web', version: 1, followersCount: 0, createdAt: at, updatedAt: at,
      }
    })
    await db.drizzle.insert(db.tables.reports).values(rows)
  }
}
