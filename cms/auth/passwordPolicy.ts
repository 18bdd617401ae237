import { dictionary } from '@zxcvbn-ts/language-common'

/** Shortest password a staff account may have (NIST SP 800-63B asks at least 8; staff hold personal data). */
export const minPasswordLength = 12
/** Longest accepted: enough for any passphrase, short enough that hashing stays cheap. */
export const maxPasswordLength = 256

/** Italian messages shown beside the password field. */
export const passwordMessages = {
  tooShort: `La password deve avere almeno ${minPasswordLength} caratteri.`,
  tooLong: `La password può avere al massimo ${maxPasswordLength} caratteri.`,
  common: 'Questa password è tra le più comuni o è già comparsa in furti di credenziali: scegline un’altra.',
  containsEmail: 'La password non può contenere il tuo indirizzo email né la parte che precede la @.',
} as const

let commonPasswords: Set<string> | undefined

// The zxcvbn-ts list: about 49,000 passwords most often found in published breaches, shipped in the
// package (no network). Built once, on first use, because decompressing it costs a few milliseconds.
function isCommon(candidate: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'])
  return commonPasswords.has(candidate)
}

/**
 * Why a staff password is refused, or null when it is acceptable: too short, found in the list of
 * common or breached passwords (also with digits or symbols only added around a listed one, as in
 * "password1234"), or containing the account's email or its local part (case-insensitive).
 */
export function passwordProblem(password: string, email?: string | null): string | null {
  if (password.length < minPasswordLength) return passwordMessages.tooShort
  if (password.length > maxPasswordLength) return passwordMessages.tooLong
  const lower = password.toLowerCase()
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
  if (isCommon(lower) || (core.length >= 4 && isCommon(core))) return passwordMessages.common
  const address = email?.trim().toLowerCase()
  if (address) {
    const localPart = address.split('@')[0] ?? ''
    // A one- or two-letter local part would forbid half the alphabet: only longer ones count.
    if (lower.includes(address) || (localPart.length >= 3 && lower.includes(localPart))) return passwordMessages.containsEmail
  }
  return null
}
