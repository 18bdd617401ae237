import { belfioreConnector } from '@marketto/belfiore-connector-embedded'

// Places of birth come from SPID/CIE as Belfiore (cadastral) codes — "B180" — which no clerk or
// citizen should have to decode. The register is the official one, shipped as data inside the
// package (node_modules/@marketto/belfiore-connector-embedded/asset/cities-countries.ts): the
// municipalities, past and present, from the Ministero dell'Interno's ANPR archive and the Agenzia
// delle Entrate's cadastral codes (both CC BY 4.0), the foreign states from ISTAT (CC BY 3.0), as
// the package's README and asset/*.LICENSE state. No lookup ever leaves the server.

const BELFIORE_CODE = /^[A-Z]\d{3}$/

/** Whether a value has the shape of a Belfiore code ("B180", "Z404"). */
export const isBelfioreCode = (value: string): boolean => BELFIORE_CODE.test(value)

/**
 * Names already looked up, by code. The connector decodes its embedded register at every lookup (~0.04 ms, 7% of `GET /api/me` in a profile), and the
 * desk's profile (`GET /api/me`, on every page of a logged-in citizen) names the birthplace each time; the codes are a
 * closed set (one letter and three digits), so the map is bounded.
 */
const placeNames = new Map<string, string | null>()

/** "Brindisi (BR)" for an Italian municipality, "Stati Uniti d'America" for a foreign state; null for an unknown code. */
export async function belfioreToPlace(code: string): Promise<string | null> {
  if (!isBelfioreCode(code)) return null
  const known = placeNames.get(code)
  if (known !== undefined) return known
  const place = await belfioreConnector.findByCode(code)
  const name = !place ? null : place.province ? `${place.name} (${place.province})` : place.name
  placeNames.set(code, name)
  return name
}

/** The names of the given codes, for the ones the register knows. */
export async function belfioreToPlaces(codes: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for (const code of new Set(codes)) {
    const name = await belfioreToPlace(code)
    if (name) names.set(code, name)
  }
  return names
}
