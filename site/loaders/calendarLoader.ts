import type { Loader } from 'astro/loaders'
import { z } from 'astro/zod'

import type { Payload } from 'payload'

import { payloadClient } from './payloadClient'
import { renderBundleMode } from './renderBundleMode'

/** What the site knows of a calendar open to bookings: its office and the services it serves (slugs). */
export const calendarSchema = z.object({ office: z.string(), services: z.array(z.string()).default([]) })

const slugOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'slug' in value && typeof value.slug === 'string' ? value.slug : null

/**
 * The calendars open to online bookings (`active`), so office and service pages show "Prenota un
 * appuntamento" only where one can book. Calendars are staff records, read only by office: the loader
 * reads them with the system's access and keeps no more than office and service slugs. Saving a
 * calendar rebuilds the site (cms/collections/Calendars.ts).
 */
export function payloadCalendarLoader(): Loader {
  return {
    name: 'payload:calendars',
    load: async ({ store, parseData, generateDigest, logger }) => {
      store.clear()
      if (renderBundleMode()) return
      const entries = await calendarEntries(await payloadClient())
      for (const { id, data: raw } of entries) {
        const data = await parseData({ id, data: raw })
        store.set({ id, data, digest: generateDigest(data) })
      }
      logger.info(`${entries.length} calendari prenotabili`)
    },
  }
}

/** The bookable calendars as entries of the `calendars` collection (also what the publisher's live store holds). */
export async function calendarEntries(payload: Payload): Promise<{ id: string; data: z.infer<typeof calendarSchema> }[]> {
  const { docs } = await payload.find({
    collection: 'calendars', where: { active: { equals: true } }, depth: 1, limit: 0, pagination: false, overrideAccess: true,
    populate: { offices: { slug: true }, services: { slug: true } } as never,
  })
  return docs.flatMap((doc) => {
    const office = slugOf(doc.office)
    if (!office) return []
    const services = ((doc.services ?? []) as unknown[]).map(slugOf).filter((s): s is string => Boolean(s))
    return [{ id: String(doc.id), data: { office, services } }]
  })
}
