import type { Payload } from 'payload'

/** What one seeding run did, per collection. */
export type SeedReport = Record<string, { created: number; skipped: number }>

/** The keys of what was ever seeded (collection seed-records): seeding never creates them again. */
export async function loadLedger(payload: Payload): Promise<Set<string>> {
  const { docs } = await payload.find({ collection: 'seed-records', limit: 0, pagination: false, depth: 0 })
  return new Set(docs.map((d) => d.key))
}

/** Writes down that a key was seeded. */
export async function record(payload: Payload, ledger: Set<string>, key: string): Promise<void> {
  await payload.create({ collection: 'seed-records', data: { key } })
  ledger.add(key)
}
