import type { Payload } from 'payload'

import type { Street } from './contract'
import { distanceMeters, type Point } from './geo'

/** How the list's names and the typed words are compared: no accents, no case, apostrophes and dots as spaces. */
export const foldText = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`.,;:()/-]/g, ' ').replace(/\s+/g, ' ').trim()

// Words that name the kind of street: a citizen may type "via" for what the list calls "Corso".
const kindWords = new Set(['via', 'viale', 'v', 'corso', 'c', 'so', 'piazza', 'p', 'zza', 'piazzale', 'piazzetta', 'largo', 'vico', 'vicolo', 'contrada', 'strada', 'lungomare', 'traversa', 'salita', 'rione', 'quartiere', 'localita', 'loc', 'str'])

/** The whole list, in name order (about 150 rows: read at each search, so staff's edits count at once). */
export async function allStreets(payload: Payload): Promise<Street[]> {
  const found = await payload.find({ collection: 'streets', pagination: false, sort: 'name', depth: 0, overrideAccess: true, select: { name: true, area: true, latitude: true, longitude: true } })
  return found.docs.map(({ name, area, latitude, longitude }) => ({ name, area, latitude, longitude }))
}

/**
 * How well a street matches the typed words, lower is better, null when it does not: 0 the name
 * begins with them; 1 every word begins a word of the name; 2 the same once the kind words ("via")
 * that do not match are dropped; 3 every word is inside the name.
 */
export function streetMatch(name: string, query: string): number | null {
  const folded = foldText(name)
  const typed = foldText(query)
  if (!typed) return null
  if (folded.startsWith(typed)) return 0
  const words = folded.split(' ')
  const tokens = typed.split(' ')
  const begins = (token: string) => words.some((word) => word.startsWith(token))
  if (tokens.every(begins)) return 1
  const rest = tokens.filter((token) => !kindWords.has(token))
  if (rest.length && rest.every(begins)) return 2
  if ((rest.length ? rest : tokens).every((token) => folded.includes(token))) return 3
  return null
}

/** The streets of a list matching what was typed, best first (see {@link streetMatch}), then shorter names, then A–Z. */
export function rankStreets(streets: Street[], query: string, limit = 8): Street[] {
  if (typeof query !== 'string' || query.length > 100 || foldText(query).replace(/ /g, '').length < 2) return []
  const scored = streets
    .map((street) => ({ street, score: streetMatch(street.name, query) }))
    .filter((s): s is { street: Street; score: number } => s.score !== null)
  scored.sort((a, b) => a.score - b.score || a.street.name.length - b.street.name.length || a.street.name.localeCompare(b.street.name, 'it'))
  return scored.slice(0, Math.max(1, Math.min(limit, 50))).map((s) => s.street)
}

/** Streets of the Comune's list matching what the citizen typed ("via garib" → Corso Garibaldi), best first; nothing under 2 letters. */
export async function searchStreets(payload: Payload, query: string, limit = 8): Promise<Street[]> {
  if (typeof query !== 'string' || query.length > 100 || foldText(query).replace(/ /g, '').length < 2) return []
  return rankStreets(await allStreets(payload), query, limit)
}

/** The street of the list with this name (accents and case aside), or null. */
export async function streetByName(payload: Payload, name: string): Promise<Street | null> {
  if (typeof name !== 'string' || name.length > 120) return null
  const folded = foldText(name)
  return (await allStreets(payload)).find((street) => foldText(street.name) === folded) ?? null
}

/** The street of the list whose point is nearest, with its distance, or null when the list is empty. */
export async function nearestStreet(payload: Payload, point: Point): Promise<{ street: Street; meters: number } | null> {
  let best: { street: Street; meters: number } | null = null
  for (const street of await allStreets(payload)) {
    const meters = distanceMeters(point, street)
    if (!best || meters < best.meters) best = { street, meters }
  }
  return best
}
