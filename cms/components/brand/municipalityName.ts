import type { Payload } from 'payload'
import { cache } from 'react'

/**
 * The municipality's name as its staff set it in "Impostazioni del sito" ("Comune di Brindisi" until
 * they do), read once per page render however many brand components ask for it.
 */
export const municipalityName = cache(async (payload: Payload | undefined): Promise<string> => {
  if (!payload) return 'Comune di Brindisi'
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0 })
  return settings.name || 'Comune di Brindisi'
})
