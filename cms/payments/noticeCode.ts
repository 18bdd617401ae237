import { randomInt } from 'node:crypto'

/**
 * pagoPA notice numbers (codice avviso, 18 digits) for a creditor with aux digit 3:
 * "3" + IUV, where IUV = segregation code (2) + IUV base (13) + check digits (2), and the check
 * digits are the remainder of the division by 93 of the number made of every preceding digit,
 * aux digit included (SACI / "Avviso di pagamento" §6, pagoPA specifications).
 */
export const auxDigit = '3'

/** The two check digits of a notice whose aux digit is 3. */
export function checkDigits(segregationCode: string, iuvBase: string): string {
  assertDigits(segregationCode, 2, 'codice di segregazione')
  assertDigits(iuvBase, 13, 'IUV base')
  return String(BigInt(`${auxDigit}${segregationCode}${iuvBase}`) % 93n).padStart(2, '0')
}

/** The 17-digit IUV (creditor reference) for a segregation code and an IUV base. */
export function iuvFromBase(segregationCode: string, iuvBase: string): string {
  return `${segregationCode}${iuvBase}${checkDigits(segregationCode, iuvBase)}`
}

/** The 18-digit notice number of an IUV. */
export const iuvToNoticeCode = (iuv: string): string => `${auxDigit}${iuv}`

/** True for an 18-digit notice number with aux digit 3 and correct check digits. */
export function isValidNoticeCode(code: string): boolean {
  if (!/^3\d{17}$/.test(code)) return false
  return checkDigits(code.slice(1, 3), code.slice(3, 16)) === code.slice(16)
}

/** A new random IUV base: 10^13 values, uniqueness is enforced by the database. */
export const newIuvBase = (): string => String(randomInt(0, 10_000_000) * 1_000_000 + randomInt(0, 1_000_000)).padStart(13, '0')

/** The notice number split in groups of four, as printed on the notice. */
export const noticeCodeToPrinted = (code: string): string => code.replace(/(\d{4})(?=\d)/g, '$1 ')

/**
 * The text of the pagoPA QR code on a payment notice:
 * PAGOPA|002|<notice number, 18>|<creditor tax code, 11>|<amount in euro cents>.
 */
export function noticeToQrPayload(notice: { noticeCode: string; creditorFiscalCode: string; amountCents: number }): string {
  if (!isValidNoticeCode(notice.noticeCode)) throw new RangeError('codice avviso non valido')
  assertDigits(notice.creditorFiscalCode, 11, 'codice fiscale dell’ente')
  if (!Number.isSafeInteger(notice.amountCents) || notice.amountCents < 1) throw new RangeError('importo non valido')
  return `PAGOPA|002|${notice.noticeCode}|${notice.creditorFiscalCode}|${notice.amountCents}`
}

function assertDigits(value: string, length: number, what: string): void {
  if (!new RegExp(`^\\d{${length}}$`).test(value)) throw new RangeError(`${what}: servono ${length} cifre`)
}
