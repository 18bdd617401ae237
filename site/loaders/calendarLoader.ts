import type { Loader } from 'astro/loaders'
import { z } from 'astro/zod'

import { payloadClient } from './payloadClient'

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
      const payload = await payloadClient()
      const { docs } = await payload.find({
        collection: 'calendars', where: { active: { equals: true } }, depth: 1, limit: 0, pagination: false, overrideAccess: true,
        populate: { offices: { slug: true }, services: { slug: true } } as never,
      })
      store.clear()
      for (const doc of docs) {
        const office = slugOf(doc.office)
        if (!office) continue
        const services = ((doc.services ?? []) as unknown[]).map(slugOf).filter((s): s is string => Boolean(s))
        const id = String(doc.id)
        const data = await parseData({ id, data: { office, services } })
        store.set({ id, data, digest: generateDigest(data) })
      }
      logger.info(`${docs.length} calendari prenotabili`)
    },
  }
}
