import type { Payload } from 'payload'

/** The municipality's name as its staff set it in "Impostazioni del sito" ("Comune di Brindisi" until they do). */
export async function municipalityName(payload: Payload | undefined): Promise<string> {
  if (!payload) return 'Comune di Brindisi'
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0 })
  return settings.name || 'Comune di Brindisi'
}
