import type { Loader } from 'astro/loaders'

import { calendarEntries } from './calendarEntries'
import { payloadClient } from './payloadClient'
import { renderBundleMode } from './renderBundleMode'

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

export { calendarEntries, calendarSchema } from './calendarEntries'
