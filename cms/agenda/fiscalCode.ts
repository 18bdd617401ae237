// The Italian codice fiscale (DM 23/12/1976) with its check character; omocodia accepted.
// (The same rule as api/auth/fiscalCode.ts: the CMS imports nothing from api/.)
const ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
}
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/

/** Whether a string (already uppercase) is a well-formed codice fiscale with the right check character. */
export function isValidFiscalCode(code: string): boolean {
  if (!SHAPE.test(code)) return false
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const ch = code[i]!
    sum += i % 2 === 0 ? ODD[ch]! : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15]
}
