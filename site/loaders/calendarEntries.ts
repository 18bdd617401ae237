import { z } from 'astro/zod'
import type { Payload } from 'payload'

/** What the site knows of a calendar open to bookings: its office and the services it serves (slugs). */
export const calendarSchema = z.object({ office: z.string(), services: z.array(z.string()).default([]) })

const slugOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'slug' in value && typeof value.slug === 'string' ? value.slug : null

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
