import type { Payload } from 'payload'

import type { SeedContent } from './readContent'
import { record, type SeedReport } from './seedLedger'

/** The categories of reports, keyed in the ledger by slug; one already there is left alone (staff may have changed it). */
export async function seedReportCategories(
  payload: Payload, categories: SeedContent['report-categories.json'], ledger: Set<string>,
  officeId: (slug: string) => number | string | undefined, report: SeedReport,
): Promise<void> {
  const tally = (report['report-categories'] ??= { created: 0, skipped: 0 })
  for (const [order, { office: officeSlug, ...category }] of categories.entries()) {
    const key = `report-categories:${category.slug}`
    const office = officeId(officeSlug)
    if (office === undefined) throw new Error(`content/report-categories.json: ufficio sconosciuto "${officeSlug}"`)
    const existing = await payload.find({ collection: 'report-categories', where: { slug: { equals: category.slug } }, limit: 1, depth: 0 })
    if (ledger.has(key) || existing.docs[0]) tally.skipped++
    else {
      await payload.create({ collection: 'report-categories', data: { ...category, office: office as number, order, active: true }, context: { seeding: true } })
      tally.created++
    }
    if (!ledger.has(key)) await record(payload, ledger, key)
  }
}

/** The street list, once: a street already there by name is left alone. */
export async function seedStreets(payload: Payload, streets: SeedContent['streets.json'], ledger: Set<string>, report: SeedReport): Promise<void> {
  const tally = (report.streets ??= { created: 0, skipped: 0 })
  if (ledger.has('streets:*')) {
    tally.skipped += streets.length
    return
  }
  const { docs } = await payload.find({ collection: 'streets', limit: 0, pagination: false, depth: 0, select: { name: true } })
  const known = new Set(docs.map((d) => d.name))
  for (const street of streets) {
    if (known.has(street.name)) tally.skipped++
    else {
      await payload.create({ collection: 'streets', data: street, context: { seeding: true } })
      tally.created++
    }
  }
  await record(payload, ledger, 'streets:*')
}
