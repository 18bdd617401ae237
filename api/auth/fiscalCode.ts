// The Italian codice fiscale (DM 23/12/1976): sixteen characters derived from surname, name, birth date,
// sex and place of birth, closed by a check character. Omocodia (digits swapped for letters when two
// people share a code) is accepted.

const ODD_VALUES: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
}
export const MONTH_LETTERS = 'ABCDEHLMPRST'
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/

/** The check character (16th) for the first fifteen characters of a codice fiscale. */
export function fiscalCodeCheckChar(first15: string): string {
  const chars = first15.toUpperCase()
  if (!/^[A-Z0-9]{15}$/.test(chars)) throw new TypeError('fiscalCodeCheckChar: expected 15 letters or digits')
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const ch = chars[i]
    // Positions are counted from 1, so index 0 is an "odd" position.
    sum += i % 2 === 0 ? ODD_VALUES[ch] : /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65
  }
  return ALPHABET[sum % 26]
}

/** Whether a string is a well-formed codice fiscale with the right check character. */
export function isValidFiscalCode(code: string): boolean {
  return SHAPE.test(code) && fiscalCodeCheckChar(code.slice(0, 15)) === code[15]
}


/** A codice fiscale from what an identity provider sends ("TINIT-…" for SPID/CIE), or null if invalid. */
export function claimToFiscalCode(claim: unknown): string | null {
  if (typeof claim !== 'string') return null
  const code = claim.trim().toUpperCase().replace(/^TINIT-/, '')
  return isValidFiscalCode(code) ? code : null
}
